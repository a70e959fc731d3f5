import type * as Sdk from '@alicloud/ecs20140526';
import {
  imageStatuses,
  instanceStatuses,
  snapshotStatuses,
  type Image,
  type ImageStatus,
  type Instance,
  type InstanceStatus,
  type Region,
  type Snapshot,
  type SnapshotStatus,
  type Zone,
} from '../../contract';
import type { AttachedDisk } from './port';

/** SDK response models (camelCase, every field optional) -> the contract's resources. */

/** ECS writes progress as "45%"; the console wants 45. Anything unreadable counts as 0. */
export function parsePercent(value: string | undefined): number {
  const parsed = Number.parseFloat((value ?? '').replace('%', ''));
  if (!Number.isFinite(parsed)) return 0;
  return Math.min(100, Math.max(0, Math.round(parsed)));
}

/** Sizes arrive as integers or as strings of GiB ("40"). */
export function parseGiB(value: string | number | undefined): number {
  const parsed = typeof value === 'number' ? value : Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) ? Math.round(parsed) : 0;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

const diskType = (value: string | undefined): 'system' | 'data' =>
  value?.toLowerCase() === 'system' ? 'system' : 'data';

export function toRegion(region: Sdk.DescribeRegionsResponseBodyRegionsRegion): Region {
  return {
    regionId: region.regionId ?? '',
    localName: region.localName ?? region.regionId ?? '',
    endpoint: region.regionEndpoint ?? '',
    status: region.status === 'soldOut' ? 'soldOut' : 'available',
  };
}

export function toZone(zone: Sdk.DescribeZonesResponseBodyZonesZone): Zone {
  return { zoneId: zone.zoneId ?? '', localName: zone.localName || zone.zoneId || '' };
}

export function toInstance(instance: Sdk.DescribeInstancesResponseBodyInstancesInstance): Instance {
  const publicIps = [
    ...(instance.publicIpAddress?.ipAddress ?? []),
    ...(instance.eipAddress?.ipAddress ? [instance.eipAddress.ipAddress] : []),
  ];
  const privateIps = [
    ...(instance.vpcAttributes?.privateIpAddress?.ipAddress ?? []),
    ...(instance.innerIpAddress?.ipAddress ?? []),
  ];
  return {
    instanceId: instance.instanceId ?? '',
    instanceName: instance.instanceName ?? '',
    description: instance.description ?? '',
    // ECS documents exactly these five; a transition we do not know is shown as Pending.
    status: oneOf<InstanceStatus>(instanceStatuses, instance.status, 'Pending'),
    regionId: instance.regionId ?? '',
    zoneId: instance.zoneId ?? '',
    instanceType: instance.instanceType ?? '',
    cpu: Math.round(instance.cpu ?? 0),
    memoryMiB: Math.round(instance.memory ?? 0),
    osName: instance.OSNameEn || instance.OSName || '',
    osType: instance.OSType?.toLowerCase() === 'windows' ? 'windows' : 'linux',
    imageId: instance.imageId ?? '',
    publicIpAddresses: publicIps,
    privateIpAddresses: privateIps,
    chargeType: instance.instanceChargeType === 'PrePaid' ? 'PrePaid' : 'PostPaid',
    creationTime: instance.creationTime ?? '',
    // ECS reports a far-future ExpiredTime (2099-...) for pay-as-you-go; only subscriptions expire.
    expiredTime: instance.instanceChargeType === 'PrePaid' ? (instance.expiredTime ?? '') : '',
    lockReasons: (instance.operationLocks?.lockReason ?? [])
      .map((lock) => lock.lockReason ?? '')
      .filter((reason) => reason !== ''),
  };
}

export function toDisk(disk: Sdk.DescribeDisksResponseBodyDisksDisk): AttachedDisk {
  return {
    diskId: disk.diskId ?? '',
    diskName: disk.diskName ?? '',
    type: diskType(disk.type),
    category: disk.category ?? '',
    sizeGiB: parseGiB(disk.size),
    device: disk.device ?? '',
    status: disk.status ?? '',
    instanceId: disk.instanceId ?? '',
  };
}

export function toImage(image: Sdk.DescribeImagesResponseBodyImagesImage): Image {
  return {
    imageId: image.imageId ?? '',
    imageName: image.imageName ?? '',
    description: image.description ?? '',
    status: oneOf<ImageStatus>(imageStatuses, image.status, 'UnAvailable'),
    progress: parsePercent(image.progress),
    usable: image.usable ?? false,
    sizeGiB: parseGiB(image.size),
    creationTime: image.creationTime ?? '',
    osName: image.OSNameEn || image.OSName || '',
    platform: image.platform ?? '',
    architecture: image.architecture ?? '',
    resourceGroupId: image.resourceGroupId ?? '',
    tags: (image.tags?.tag ?? []).map((tag) => ({ key: tag.tagKey ?? '', value: tag.tagValue ?? '' })),
    diskDeviceMappings: (image.diskDeviceMappings?.diskDeviceMapping ?? []).map((mapping) => ({
      device: mapping.device ?? '',
      type: diskType(mapping.type),
      snapshotId: mapping.snapshotId ?? '',
      sizeGiB: parseGiB(mapping.size),
    })),
  };
}

const snapshotUsages = ['image', 'disk', 'image_disk', 'none'] as const;

export function toSnapshot(snapshot: Sdk.DescribeSnapshotsResponseBodySnapshotsSnapshot): Snapshot {
  return {
    snapshotId: snapshot.snapshotId ?? '',
    snapshotName: snapshot.snapshotName ?? '',
    status: oneOf<SnapshotStatus>(snapshotStatuses, snapshot.status, 'progressing'),
    progress: parsePercent(snapshot.progress),
    sourceDiskId: snapshot.sourceDiskId ?? '',
    sourceDiskType: diskType(snapshot.sourceDiskType),
    sourceDiskSizeGiB: parseGiB(snapshot.sourceDiskSize),
    usage: oneOf(snapshotUsages, snapshot.usage, 'none'),
    creationTime: snapshot.creationTime ?? '',
  };
}
