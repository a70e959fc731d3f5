import type { DiskRecord } from '../model';
import { formatSecond } from '../time';

/** One `Disks.Disk[]` entry of DescribeDisks. Every seeded disk is attached (In_use). */
export function presentDisk(disk: DiskRecord): Record<string, unknown> {
  const attachedTime = formatSecond(disk.creationTime);
  return {
    DiskId: disk.diskId,
    DiskName: disk.diskName,
    Description: '',
    RegionId: disk.regionId,
    ZoneId: disk.zoneId,
    Type: disk.type,
    Category: disk.category,
    PerformanceLevel: disk.performanceLevel,
    Size: disk.sizeGiB,
    Device: disk.device,
    Status: 'In_use',
    Portable: disk.type === 'data',
    InstanceId: disk.instanceId,
    ImageId: disk.imageId,
    SourceSnapshotId: disk.sourceSnapshotId ?? '',
    DeleteWithInstance: true,
    DeleteAutoSnapshot: true,
    EnableAutoSnapshot: false,
    EnableAutomatedSnapshotPolicy: false,
    AutoSnapshotPolicyId: '',
    Encrypted: false,
    KMSKeyId: '',
    DiskChargeType: disk.chargeType,
    BurstingEnabled: disk.category === 'cloud_auto',
    IOPS: iopsOf(disk),
    MultiAttach: 'Disabled',
    CreationTime: formatSecond(disk.creationTime),
    AttachedTime: attachedTime,
    DetachedTime: '',
    ExpiredTime: '',
    SerialNumber: disk.diskId.slice(2, 22),
    ResourceGroupId: disk.resourceGroupId,
    OperationLocks: { OperationLock: [] },
    Attachments: { Attachment: [{ InstanceId: disk.instanceId, Device: disk.device, AttachedTime: attachedTime }] },
    MountInstances: { MountInstance: [] },
    Tags: { Tag: [] },
  };
}

/** ESSD PL1: 1800 + 50 IOPS per GiB (capped at 50,000); other categories a rough 1800 + 30/GiB. */
function iopsOf(disk: DiskRecord): number {
  const perGiB = disk.category === 'cloud_essd' ? 50 : 30;
  return Math.min(50000, 1800 + perGiB * disk.sizeGiB);
}
