import { DATA_DEVICES, EMPTY_DATA_DISK_MAX_GIB, EMPTY_DATA_DISK_MIN_GIB, MAX_DATA_DISKS } from '../../../src/contract/imageLifeRules';
import { invalidParameter } from '../errors';
import type { ImageRecord, RegionState, SnapshotRecord } from '../model';
import { EcsError } from '../types';
import { invalidDataDiskSize, type DataDiskRequest, type DiskCategory } from './runInstancesInput';

/** A data disk the new instance will get. */
export interface PlannedDataDisk {
  device: string;
  sizeGiB: number;
  category: DiskCategory;
  /** The snapshot it is made from; '' for an empty disk. */
  sourceSnapshotId: string;
}

const DEFAULT_CATEGORY: DiskCategory = 'cloud_essd';

function tooSmall(): EcsError {
  return new EcsError(403, 'InvalidDiskSize.TooSmall', 'Specified disk size is less than the size of snapshot');
}

/**
 * The data disks of a new instance (ecs-reference §2.12, §3.6): a full image's data disks come
 * first, by mount device; `DataDisk.N.Device` addresses one of them to grow it or change its
 * category (never to shrink it: InvalidDiskSize.TooSmall); the other `DataDisk.N` are extra disks,
 * empty or from a data-disk snapshot, on the next free devices. At most 16 in all.
 */
export function planDataDisks(region: RegionState, image: ImageRecord, requests: readonly DataDiskRequest[]): PlannedDataDisk[] {
  const imageDisks = image.diskDeviceMappings
    .filter((mapping) => mapping.type === 'data')
    .sort((a, b) => a.device.localeCompare(b.device));
  const overrides = new Map<string, DataDiskRequest>();
  for (const request of requests) {
    if (request.device === undefined) continue;
    if (!DATA_DEVICES.includes(request.device) || !imageDisks.some((mapping) => mapping.device === request.device)) {
      // Emulator reading of the SDK: Device only addresses the data disks of a full image.
      throw new EcsError(400, 'InvalidDataDevice.Malformed', 'The specified parameter "DataDisk.n.Device" is not valid.');
    }
    if (overrides.has(request.device)) throw new EcsError(403, 'InvalidDevice.InUse', 'The specified device has been occupied.');
    if (request.snapshotId !== undefined) throw invalidParameter(`DataDisk.${request.n}.SnapshotId`);
    overrides.set(request.device, request);
  }
  const planned: PlannedDataDisk[] = imageDisks.map((mapping) => {
    const override = overrides.get(mapping.device);
    const sizeGiB = override?.sizeGiB ?? mapping.sizeGiB;
    if (sizeGiB < mapping.sizeGiB) throw tooSmall();
    if (sizeGiB > EMPTY_DATA_DISK_MAX_GIB) throw invalidDataDiskSize();
    return { device: mapping.device, sizeGiB, category: override?.category ?? DEFAULT_CATEGORY, sourceSnapshotId: mapping.snapshotId };
  });
  const extras = requests.filter((request) => request.device === undefined);
  if (planned.length + extras.length > MAX_DATA_DISKS) {
    throw new EcsError(400, 'InstanceDiskNumber.LimitExceed', 'The total number of specified disk in an instance exceeds.');
  }
  const freeDevices = DATA_DEVICES.filter((device) => !planned.some((disk) => disk.device === device));
  for (const request of extras) planned.push(extraDisk(region, request, freeDevices.shift() as string));
  return planned;
}

function extraDisk(region: RegionState, request: DataDiskRequest, device: string): PlannedDataDisk {
  const snapshot = request.snapshotId === undefined ? undefined : dataSnapshot(region, request.snapshotId);
  const sizeGiB = request.sizeGiB ?? snapshot?.sourceDiskSizeGiB;
  if (sizeGiB === undefined) throw invalidDataDiskSize();
  if (snapshot && sizeGiB < snapshot.sourceDiskSizeGiB) throw tooSmall();
  if ((!snapshot && sizeGiB < EMPTY_DATA_DISK_MIN_GIB) || sizeGiB > EMPTY_DATA_DISK_MAX_GIB) throw invalidDataDiskSize();
  return { device, sizeGiB, category: request.category ?? DEFAULT_CATEGORY, sourceSnapshotId: snapshot?.snapshotId ?? '' };
}

function dataSnapshot(region: RegionState, snapshotId: string): SnapshotRecord {
  const snapshot = region.snapshots.find((candidate) => candidate.snapshotId === snapshotId);
  if (!snapshot) {
    throw new EcsError(404, 'InvalidDataDiskSnapshotId.NotFound', 'The specified parameter "DataDisk.n.SnapshotId" is not valid.');
  }
  if (snapshot.status !== 'accomplished') {
    throw new EcsError(403, 'InvalidSnapshotId.NotReady', 'The specified snapshot has not completed yet.');
  }
  if (snapshot.sourceDiskType !== 'data') {
    throw new EcsError(403, 'InvalidSnapshotId.NotDataDiskSnapshot', 'The specified snapshot is system disk snapshot.');
  }
  return snapshot;
}
