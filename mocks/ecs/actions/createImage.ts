import { dryRunPassed, expiredOrInArrears, incorrectInstanceStatus, instanceNotFound, lockedForSecurity } from '../errors';
import { isExpiredOrInArrears, isLockedForSecurity, requireRegion } from '../lookup';
import type { AccountState, ImageRecord, InstanceRecord, RegionState, SnapshotRecord } from '../model';
import { snapshotDurationMs } from '../pace';
import { DEFAULT_RESOURCE_GROUP_ID } from '../seed/resourceGroups';
import { EcsError } from '../types';
import type { ModelAction } from './action';
import { createImageFromSnapshots } from './createImageFromSnapshots';
import { checkNameAndQuota, checkResourceGroup } from './imageChecks';
import { readCreateImageInput, type CreateImageInput } from './createImageInput';

/**
 * CreateImage from an instance: one snapshot per disk (Usage=image), and an image that is
 * Creating until every snapshot is accomplished (settle.ts moves them along the clock). From
 * SnapshotId / DiskDeviceMapping: createImageFromSnapshots.ts.
 * Checks run in this order: parameters, ClientToken, instance (exists, locks, expiry, status),
 * resource group, name clash, quota, disks busy, DryRun.
 */
export const createImage: ModelAction = (model, ctx, params) => {
  const account = model.account(ctx.accessKeyId);
  const region = requireRegion(account, params);
  const input = readCreateImageInput(params);

  // A retry with the same ClientToken gets the first answer, whatever has happened since.
  if (input.clientToken !== undefined) {
    const previous = account.clientTokens.get(input.clientToken);
    if (previous) {
      if (previous.fingerprint !== input.fingerprint) {
        throw new EcsError(
          400,
          'IdempotenceParamNotMatch',
          'Request uses a client token in a previous request but is not identical to that request.',
        );
      }
      return { ImageId: previous.imageId };
    }
  }

  const now = model.clock.now();
  if (input.source !== 'instance') {
    const image = createImageFromSnapshots(account, region, input, params, now);
    rememberClientToken(account, input, image.imageId);
    return { ImageId: image.imageId };
  }
  const instance = region.instances.find((candidate) => candidate.instanceId === input.instanceId);
  if (!instance) throw instanceNotFound();
  if (isLockedForSecurity(instance)) throw lockedForSecurity(400);
  // Inferred: ECS documents that expired subscriptions cannot be imaged but not the code.
  if (isExpiredOrInArrears(instance, now)) throw expiredOrInArrears();
  if (instance.status !== 'Running' && instance.status !== 'Stopped') throw incorrectInstanceStatus(400);
  checkResourceGroup(input.resourceGroupId);
  checkNameAndQuota(region, input.imageName);
  checkDisksIdle(region, instance);
  if (input.dryRun) throw dryRunPassed();

  const image = buildImage(account, region, instance, input, now);
  rememberClientToken(account, input, image.imageId);
  return { ImageId: image.imageId };
};

function rememberClientToken(account: AccountState, input: CreateImageInput, imageId: string): void {
  if (input.clientToken !== undefined) {
    account.clientTokens.set(input.clientToken, { fingerprint: input.fingerprint, imageId });
  }
}

/** A disk already being snapshotted cannot start another snapshot (CreateImage's IncorrectDiskStatus.CreatingSnapshot). */
function checkDisksIdle(region: RegionState, instance: InstanceRecord): void {
  const busy = region.snapshots.some(
    (snapshot) => snapshot.status === 'progressing' && snapshot.sourceInstanceId === instance.instanceId,
  );
  if (busy) {
    throw new EcsError(
      403,
      'IncorrectDiskStatus.CreatingSnapshot',
      'The operation is not supported while a snapshot of the disk is being created.',
    );
  }
}

function buildImage(
  account: AccountState,
  region: RegionState,
  instance: InstanceRecord,
  input: CreateImageInput,
  now: number,
): ImageRecord {
  // System disk first (/dev/xvda), then data disks in device order (/dev/xvdb, ...).
  const disks = region.disks
    .filter((disk) => disk.instanceId === instance.instanceId)
    .sort((a, b) => (a.type === b.type ? a.device.localeCompare(b.device) : a.type === 'system' ? -1 : 1));
  const source = region.images.find((image) => image.imageId === instance.imageId);
  const resourceGroupId = input.resourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID;
  const imageId = account.ids.next('m', region.regionId);
  const parts = disks.map((disk) => {
    const snapshot: SnapshotRecord = {
      snapshotId: account.ids.next('s', region.regionId),
      snapshotName: '',
      description: `Created for image ${imageId}`,
      regionId: region.regionId,
      sourceDiskId: disk.diskId,
      sourceDiskType: disk.type,
      sourceDiskSizeGiB: disk.sizeGiB,
      sourceInstanceId: instance.instanceId,
      usage: 'image',
      snapshotType: 'user',
      status: 'progressing',
      progress: 0,
      creationTime: now,
      durationMs: snapshotDurationMs(disk.sizeGiB),
      lastModifiedTime: now,
      resourceGroupId,
    };
    return { disk, snapshot };
  });
  const image: ImageRecord = {
    imageId,
    imageName: input.imageName,
    description: input.description,
    regionId: region.regionId,
    ownerAlias: 'self',
    status: 'Creating',
    progress: 0,
    usable: false,
    sizeGiB: disks.find((disk) => disk.type === 'system')?.sizeGiB ?? 0,
    creationTime: now,
    os: { ...(source?.os ?? instance.os) },
    diskDeviceMappings: parts.map(({ disk, snapshot }) => ({
      device: disk.device,
      type: disk.type,
      snapshotId: snapshot.snapshotId,
      sizeGiB: disk.sizeGiB,
    })),
    tags: input.tags.map((tag) => ({ ...tag })),
    resourceGroupId,
    sourceInstanceId: instance.instanceId,
  };
  region.snapshots.push(...parts.map(({ snapshot }) => snapshot));
  region.images.push(image);
  return image;
}
