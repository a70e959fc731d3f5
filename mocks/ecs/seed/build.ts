import { stableId } from '../ids';
import type { ChargeType, DiskRecord, InstanceRecord, InstanceStatus, LockRecord, TagRecord } from '../model';
import { at } from '../time';
import { instanceTypeInfo } from './instanceTypes';
import { DEFAULT_RESOURCE_GROUP_ID } from './resourceGroups';
import { findSystemImageOs } from './systemImages';

/** A seeded instance written compactly; expandInstance() fills in what ECS derives. */
export interface DiskSpec {
  id: string;
  category: 'cloud_essd' | 'cloud_auto' | 'cloud_efficiency' | 'cloud_ssd';
  size: number;
}

export interface InstanceSpec {
  id: string;
  name: string;
  zone: string;
  type: string;
  image: string;
  status: InstanceStatus;
  charge: ChargeType;
  created: string;
  privateIp: string;
  publicIp?: string;
  /** The system disk first, then data disks in device order (/dev/xvdb, /dev/xvdc, ...). */
  disks: readonly [DiskSpec, ...DiskSpec[]];
  /** Subscription end for PrePaid instances. */
  expires?: string;
  locks?: LockRecord[];
  stoppedMode?: InstanceRecord['stoppedMode'];
  description?: string;
  tags?: Record<string, string>;
  resourceGroupId?: string;
  keyPairName?: string;
}

export function vpcIdOf(regionId: string): string {
  return stableId('vpc', regionId, `vpc|${regionId}`);
}

export function vSwitchIdOf(regionId: string, zoneId: string): string {
  return stableId('vsw', regionId, `vsw|${zoneId}`);
}

export function securityGroupIdOf(regionId: string): string {
  return stableId('sg', regionId, `sg|${regionId}`);
}

export function dataDiskDevice(index: number): string {
  return `/dev/xvd${String.fromCharCode('b'.charCodeAt(0) + index)}`;
}

export function expandInstance(regionId: string, spec: InstanceSpec): { instance: InstanceRecord; disks: DiskRecord[] } {
  const typeInfo = instanceTypeInfo(spec.type);
  const os = findSystemImageOs(spec.image);
  const created = at(spec.created);
  const resourceGroupId = spec.resourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID;
  const idBody = spec.id.slice(2);
  const instance: InstanceRecord = {
    instanceId: spec.id,
    instanceName: spec.name,
    description: spec.description ?? '',
    // ECS's default host names: iZ<id>Z on Linux; Windows caps NetBIOS names at 15 characters.
    hostName: os.osType === 'linux' ? `iZ${idBody}Z` : `iZ${idBody.slice(-12)}Z`.toUpperCase(),
    regionId,
    zoneId: spec.zone,
    instanceType: spec.type,
    instanceTypeFamily: typeInfo.family,
    cpu: typeInfo.cpu,
    memoryMiB: typeInfo.memoryMiB,
    creditSpecification: typeInfo.creditSpecification,
    imageId: spec.image,
    os,
    status: spec.status,
    chargeType: spec.charge,
    expiredTime: spec.expires ? at(spec.expires) : undefined,
    stoppedMode: spec.stoppedMode ?? (spec.status === 'Stopped' ? 'KeepCharging' : 'Not-applicable'),
    publicIp: spec.publicIp,
    internetMaxBandwidthOut: spec.publicIp ? 5 : 0,
    privateIp: spec.privateIp,
    vpcId: vpcIdOf(regionId),
    vSwitchId: vSwitchIdOf(regionId, spec.zone),
    securityGroupId: securityGroupIdOf(regionId),
    keyPairName: spec.keyPairName ?? '',
    creationTime: created,
    startTime: created,
    locks: (spec.locks ?? []).map((lock) => ({ ...lock })),
    resourceGroupId,
    tags: Object.entries(spec.tags ?? {}).map(([key, value]): TagRecord => ({ key, value })),
  };
  const disks = spec.disks.map(
    (disk, index): DiskRecord => ({
      diskId: disk.id,
      diskName: '',
      regionId,
      zoneId: spec.zone,
      instanceId: spec.id,
      type: index === 0 ? 'system' : 'data',
      category: disk.category,
      performanceLevel: disk.category === 'cloud_essd' ? 'PL1' : '',
      sizeGiB: disk.size,
      device: index === 0 ? '/dev/xvda' : dataDiskDevice(index - 1),
      imageId: index === 0 ? spec.image : '',
      chargeType: spec.charge,
      creationTime: created,
      resourceGroupId,
    }),
  );
  return { instance, disks };
}
