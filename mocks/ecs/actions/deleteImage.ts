import { dryRunPassed } from '../errors';
import { requireRegion } from '../lookup';
import { bool, optional } from '../params';
import { taskStatusAt } from '../present/task';
import { refreshSnapshotUsage } from '../snapshotUsage';
import { EcsError } from '../types';
import type { ModelAction } from './action';
import { missingParameterPlain } from './clientToken';

/**
 * DeleteImage (ecs-reference §2.8). As the SDK documents, an image that does not exist (or is not
 * one of the account's custom images) is ignored. Refused: an image still Creating
 * (IncorrectImageStatus 403, inferred: the console explains it), one being exported
 * (ImageIsExporting 403), one instances run from unless Force (ImageUsingByInstance 403).
 * Its snapshots stay, with Usage recomputed (none, or disk), until DeleteSnapshot.
 */
export const deleteImage: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const imageId = optional(params, 'ImageId');
  if (imageId === undefined) throw missingParameterPlain('ImageId');
  const force = bool(params, 'Force');
  const dryRun = bool(params, 'DryRun');
  const image = region.images.find((candidate) => candidate.imageId === imageId && candidate.ownerAlias === 'self');
  if (!image) {
    if (dryRun) throw dryRunPassed();
    return {};
  }
  if (image.status === 'Creating') {
    throw new EcsError(403, 'IncorrectImageStatus', 'The current status of the image does not support this operation.');
  }
  const now = model.clock.now();
  if (region.tasks.some((task) => task.resourceId === image.imageId && taskStatusAt(task, now) === 'Processing')) {
    throw new EcsError(403, 'ImageIsExporting', 'The specified image is exporting.');
  }
  if (!force && region.instances.some((instance) => instance.imageId === image.imageId)) {
    throw new EcsError(403, 'ImageUsingByInstance', 'The specified image is being used by instances.');
  }
  if (dryRun) throw dryRunPassed();
  region.images.splice(region.images.indexOf(image), 1);
  refreshSnapshotUsage(region);
  return {};
};
