import { passwordProblem } from '../../../src/contract/imageLifeRules';
import { dryRunPassed, expiredOrInArrears, incorrectInstanceStatus, lockedForSecurity } from '../errors';
import { findInstanceAnywhere, isExpiredOrInArrears, isLockedForSecurity } from '../lookup';
import type { DiskRecord } from '../model';
import { bool, integer, optional, required } from '../params';
import { INSTANCE_TYPES } from '../seed/instanceTypes';
import { refreshSnapshotUsage } from '../snapshotUsage';
import { EcsError } from '../types';
import type { ModelAction } from './action';
import { missingParameterPlain, oncePerClientToken } from './clientToken';
import { checkKeyPair } from './runInstancesNetwork';
import { findUsableImage, systemDiskSizeFor } from './usableImage';

/**
 * ReplaceSystemDisk (ecs-reference §2.10; no RegionId: the region comes from the endpoint). The
 * instance must be Stopped; an image that contains data-disk snapshots is refused with
 * OperationDenied (400). The old system disk is released and a new one, with a new DiskId, takes
 * its place at once: the instance's OperationLocks stay empty, its ImageId and OS become the image's.
 */
export const replaceSystemDisk: ModelAction = (model, ctx, params) => {
  const account = model.account(ctx.accessKeyId);
  const instanceId = required(params, 'InstanceId');
  const imageId = optional(params, 'ImageId');
  if (imageId === undefined) throw missingParameterPlain('ImageId');
  const requestedSize = integer(params, 'SystemDisk.Size');
  const password = optional(params, 'Password');
  if (password !== undefined && passwordProblem(password)) {
    throw new EcsError(400, 'InvalidPassword.Malformed', 'The specified parameter "Password" is not valid.');
  }
  const keyPairName = optional(params, 'KeyPairName');
  const dryRun = bool(params, 'DryRun');
  const { region, instance } = findInstanceAnywhere(account, ctx, instanceId);

  return oncePerClientToken(account, 'ReplaceSystemDisk', params, () => {
    const now = model.clock.now();
    if (isLockedForSecurity(instance)) throw lockedForSecurity(403);
    if (isExpiredOrInArrears(instance, now)) throw expiredOrInArrears();
    if (instance.status !== 'Stopped') throw incorrectInstanceStatus(403);
    const image = findUsableImage(region, imageId);
    if (image.diskDeviceMappings.some((mapping) => mapping.type === 'data')) {
      throw new EcsError(400, 'OperationDenied', 'The specified image contains the snapshot of the data disk,does not support this operation.');
    }
    const typeInfo = INSTANCE_TYPES[instance.instanceType];
    if (typeInfo && (image.os.architecture === 'arm64') !== (typeInfo.cpuArchitecture === 'ARM')) {
      throw new EcsError(403, 'ImageNotSupportInstanceType', 'The specified image does not support the specified InstanceType.');
    }
    checkKeyPair(region, keyPairName, image);
    const oldDisk = region.disks.find((disk) => disk.instanceId === instance.instanceId && disk.type === 'system');
    if (!oldDisk) throw new EcsError(500, 'InternalError', 'The request processing has failed due to some unknown error.');
    const snapshotting = region.snapshots.some((snapshot) => snapshot.status === 'progressing' && snapshot.sourceDiskId === oldDisk.diskId);
    if (snapshotting) throw new EcsError(403, 'DiskCreatingSnapshot', 'The operation is not supported while the disk is creating snapshot.');
    const sizeGiB = systemDiskSizeFor(image, requestedSize, 'ReplaceSystemDisk');
    if (dryRun) throw dryRunPassed();

    const newDisk: DiskRecord = {
      ...oldDisk,
      diskId: account.ids.next('d', region.regionId),
      sizeGiB,
      imageId: image.imageId,
      sourceSnapshotId: '',
      creationTime: now,
    };
    region.disks.splice(region.disks.indexOf(oldDisk), 1, newDisk);
    instance.imageId = image.imageId;
    instance.os = { ...image.os };
    if (keyPairName !== undefined) instance.keyPairName = keyPairName;
    else if (password !== undefined) instance.keyPairName = '';
    refreshSnapshotUsage(region);
    return { DiskId: newDisk.diskId };
  });
};
