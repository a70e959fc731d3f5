import { EMPTY_DATA_DISK_MAX_GIB, EMPTY_DATA_DISK_MIN_GIB, DEFAULT_EMPTY_DATA_DISK_GIB, MAX_DATA_DISKS } from '../../../src/contract/imageLifeRules';
import { dryRunPassed, invalidParameter } from '../errors';
import type { AccountState, DiskType, ImageRecord, RegionState, SnapshotRecord } from '../model';
import { IMAGE_FROM_SNAPSHOTS_SECONDS } from '../pace';
import { DEFAULT_RESOURCE_GROUP_ID } from '../seed/resourceGroups';
import { refreshSnapshotUsage } from '../snapshotUsage';
import { EcsError, type EcsParams } from '../types';
import type { CreateImageInput } from './createImageInput';
import { assignDevices, invalidSize, readMappingRequests, type MappingRequest } from './diskDeviceMappingInput';
import { checkNameAndQuota, checkResourceGroup } from './imageChecks';
import { osForSnapshotImage } from './snapshotImageOs';

/** ECS's system disk ceiling; data disks go to 32768 GiB. */
const SYSTEM_DISK_MAX_GIB = 2048;

interface ResolvedMapping {
  type: DiskType;
  snapshot: SnapshotRecord | undefined;
  sizeGiB: number;
  device: string | undefined;
}

/**
 * CreateImage from `DiskDeviceMapping.N.*` or from one system `SnapshotId` (ecs-reference §2.5,
 * §4.1): exactly one system snapshot, up to 16 data disks (with a snapshot, or empty with a
 * size), every snapshot accomplished. The snapshots exist already, so the image is Creating only
 * for a few seconds (pace.ts) and no new snapshot is taken.
 */
export function createImageFromSnapshots(
  account: AccountState,
  region: RegionState,
  input: CreateImageInput,
  params: EcsParams,
  now: number,
): ImageRecord {
  const source = input.source === 'mappings' ? 'mappings' : 'snapshot';
  const resolved = readMappingRequests(params, source).map((request) => resolve(region, request, source));
  const systems = resolved.filter((mapping) => mapping.type === 'system');
  if (systems.length === 0) {
    throw new EcsError(400, 'OperationDenied', 'The specified DiskDeviceMapping does not contain system disk snapshot.');
  }
  if (systems.length > 1) {
    throw new EcsError(400, 'OperationDenied', 'The specified DiskDeviceMapping contains two or more system disk snapshots.');
  }
  if (resolved.length - 1 > MAX_DATA_DISKS) throw invalidParameter('DiskDeviceMapping');
  const devices = assignDevices(resolved);
  const system = systems[0] as ResolvedMapping;
  const os = osForSnapshotImage(region, system.snapshot, params);
  checkResourceGroup(input.resourceGroupId);
  checkNameAndQuota(region, input.imageName);
  if (input.dryRun) throw dryRunPassed();

  // System disk first, then data disks in device order, as DescribeImages lists them.
  const mappings = resolved
    .map((mapping, index) => ({
      device: devices[index] as string,
      type: mapping.type,
      snapshotId: mapping.snapshot?.snapshotId ?? '',
      sizeGiB: mapping.sizeGiB,
    }))
    .sort((a, b) => (a.type === b.type ? a.device.localeCompare(b.device) : a.type === 'system' ? -1 : 1));
  const image: ImageRecord = {
    imageId: account.ids.next('m', region.regionId),
    imageName: input.imageName,
    description: input.description,
    regionId: region.regionId,
    ownerAlias: 'self',
    status: 'Creating',
    progress: 0,
    usable: false,
    sizeGiB: system.sizeGiB,
    creationTime: now,
    os,
    diskDeviceMappings: mappings,
    tags: input.tags.map((tag) => ({ ...tag })),
    resourceGroupId: input.resourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID,
    readyAt: now + IMAGE_FROM_SNAPSHOTS_SECONDS * 1000,
  };
  region.images.push(image);
  refreshSnapshotUsage(region);
  return image;
}

function resolve(region: RegionState, request: MappingRequest, source: 'mappings' | 'snapshot'): ResolvedMapping {
  const snapshot = request.snapshotId === undefined ? undefined : findSnapshot(region, request.snapshotId);
  const type = request.diskType ?? snapshot?.sourceDiskType ?? 'data';
  if (source === 'snapshot' && type !== 'system') {
    throw new EcsError(403, 'OperationDenied', 'The specified snapshot is not from system disk.');
  }
  if (type === 'system' && !snapshot) {
    throw new EcsError(403, 'InvalidSystemSnapshot.Missing', 'The system disk of DiskDeviceMapping needs a SnapshotId.');
  }
  return { type, snapshot, sizeGiB: sizeOf(request, type, snapshot), device: request.device };
}

function findSnapshot(region: RegionState, snapshotId: string): SnapshotRecord {
  const snapshot = region.snapshots.find((candidate) => candidate.snapshotId === snapshotId);
  if (!snapshot) throw new EcsError(404, 'InvalidSnapshotId.NotFound', 'The specified SnapshotId does not exist.');
  if (snapshot.status !== 'accomplished') {
    throw new EcsError(
      403,
      'InvalidSnapshotId.NotReady',
      'The current status of the DiskDeviceMapping.n.SnapshotId or SnapshotId does not support this operation.',
    );
  }
  return snapshot;
}

/** With a snapshot: its size up to the ceiling (default its size). Without: 20-32768 GiB, default 20. */
function sizeOf(request: MappingRequest, type: DiskType, snapshot: SnapshotRecord | undefined): number {
  const max = type === 'system' ? SYSTEM_DISK_MAX_GIB : EMPTY_DATA_DISK_MAX_GIB;
  const min = snapshot ? snapshot.sourceDiskSizeGiB : EMPTY_DATA_DISK_MIN_GIB;
  const size = request.sizeGiB ?? (snapshot ? snapshot.sourceDiskSizeGiB : DEFAULT_EMPTY_DATA_DISK_GIB);
  if (size < min || size > max) throw invalidSize();
  return size;
}
