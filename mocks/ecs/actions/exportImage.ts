import { EXPORT_FORMATS, EXPORT_MAX_DATA_DISK_GIB, EXPORT_MAX_DATA_DISKS, ossBucketProblem } from '../../../src/contract/imageLifeRules';
import { dryRunPassed } from '../errors';
import { requireRegion } from '../lookup';
import { exportDurationMs } from '../pace';
import { bool, oneOf, optional } from '../params';
import { taskStatusAt } from '../present/task';
import { EcsError } from '../types';
import type { ModelAction } from './action';
import { missingParameterPlain } from './clientToken';
import { imageNotFound } from './usableImage';

/** Seeded OSS rules (seed/README.md): no bucket named `missing-*` exists; ECS cannot write to `noaccess-*`. */
export const MISSING_BUCKET_PREFIX = 'missing-';
export const NO_ACCESS_BUCKET_PREFIX = 'noaccess-';

function bucketNotFound(): EcsError {
  return new EcsError(400, 'InvalidOSSBucket.NotFound', 'The specified OSS bucket does not exist.');
}

/**
 * ExportImage (ecs-reference §2.11): a custom image that is Available, with at most 4 data-disk
 * snapshots of at most 500 GiB each, to an OSS bucket, as raw (default), vhd, qcow2, vmdk or vdi.
 * Returns a TaskId that DescribeTasks follows: Processing for 20 s + 0.1 s per GiB (pace.ts), then
 * Finished (Failed for a `noaccess-*` bucket). One export at a time per image (ImageIsExporting).
 */
export const exportImage: ModelAction = (model, ctx, params) => {
  const account = model.account(ctx.accessKeyId);
  const region = requireRegion(account, params);
  const imageId = optional(params, 'ImageId');
  if (imageId === undefined) throw missingParameterPlain('ImageId');
  const bucket = optional(params, 'OSSBucket');
  if (bucket === undefined) throw missingParameterPlain('OSSBucket');
  const prefix = optional(params, 'OSSPrefix');
  if (prefix !== undefined && !/^[A-Za-z0-9]{1,30}$/.test(prefix)) {
    throw new EcsError(400, 'InvalidOSSPrefix.Malformed', 'The specified OSSPrefix is wrongly formed.');
  }
  oneOf(
    optional(params, 'ImageFormat') ?? 'raw',
    EXPORT_FORMATS,
    () => new EcsError(400, 'InvalidImageFormat.Malformed', 'The specified ImageFormat is wrongly formed.'),
  );
  const dryRun = bool(params, 'DryRun');
  if (ossBucketProblem(bucket) !== null || bucket.startsWith(MISSING_BUCKET_PREFIX)) throw bucketNotFound();

  const image = region.images.find((candidate) => candidate.imageId === imageId && candidate.ownerAlias === 'self');
  if (!image) throw imageNotFound();
  if (image.status !== 'Available') throw new EcsError(400, 'IncorrectImageStatus', 'The specified Image is not available.');
  const dataDisks = image.diskDeviceMappings.filter((mapping) => mapping.type === 'data');
  if (dataDisks.length > EXPORT_MAX_DATA_DISKS || dataDisks.some((mapping) => mapping.sizeGiB > EXPORT_MAX_DATA_DISK_GIB)) {
    throw new EcsError(
      400,
      'InvalidImage.DiskAmountOrSize',
      'The image to export can contain at most 4 data disk snapshots, each at most 500 GiB.',
    );
  }
  const now = model.clock.now();
  const exporting = region.tasks.some(
    (task) => task.resourceId === image.imageId && task.taskAction === 'ExportImage' && taskStatusAt(task, now) === 'Processing',
  );
  if (exporting) throw new EcsError(403, 'ImageIsExporting', 'The specified image is exporting.');
  if (dryRun) throw dryRunPassed();

  const totalGiB = image.diskDeviceMappings.reduce((sum, mapping) => sum + mapping.sizeGiB, 0);
  const task = {
    taskId: account.ids.next('t', region.regionId),
    taskAction: 'ExportImage' as const,
    resourceId: image.imageId,
    creationTime: now,
    durationMs: exportDurationMs(totalGiB),
    outcome: bucket.startsWith(NO_ACCESS_BUCKET_PREFIX) ? ('Failed' as const) : ('Finished' as const),
  };
  region.tasks.push(task);
  return { RegionId: region.regionId, TaskId: task.taskId };
};
