import { z } from 'zod';
import { createImageBodySchema } from './api';
import {
  DEFAULT_EMPTY_DATA_DISK_GIB,
  EXPORT_FORMATS,
  IMAGE_LIFE_MESSAGES_EN,
  MAX_DATA_DISKS,
  dataDiskProblems,
  instanceNameProblem,
  ossBucketProblem,
  ossPrefixProblem,
  passwordProblem,
} from './imageLifeRules';
import { snapshotSchema, snapshotStatuses } from './resources';

/**
 * The API for an image's whole life (issue 3). Same conventions as api.ts; all under
 * /api/regions/:regionId.
 *
 *   GET    /snapshots?SnapshotListQuery                    -> SnapshotPage
 *   GET    /snapshots/:snapshotId                          -> SnapshotDetail
 *   POST   /images   CreateImageFromSnapshotBody           -> CreateImageResult (201)
 *   POST   /images/:imageId/instances   RunInstancesBody   -> RunInstancesResult (201)
 *   POST   /images/:imageId/export      ExportImageBody    -> ExportImageResult (202)
 *   DELETE /images/:imageId?DeleteImageQuery              -> DeleteImageResult (200)
 *   GET    /tasks/:taskId                                  -> Task
 *   POST   /instances/:instanceId/replace-system-disk  ReplaceSystemDiskBody -> ReplaceSystemDiskResult (202)
 *   GET    /instances/:instanceId/images                   -> ImageList of images made from it
 *   GET    /network                                        -> NetworkOptions (vSwitches, security groups, key pairs)
 *   GET    /instance-types?zoneId=                         -> InstanceTypeList
 */

const id = (example: string) => z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, `Use an ID such as ${example}.`);

export const snapshotUsages = ['image', 'disk', 'image_disk', 'none'] as const;

export const snapshotListQuerySchema = z.object({
  instanceId: id('i-bp1...').optional(),
  diskId: id('d-bp1...').optional(),
  usage: z.enum(snapshotUsages).optional(),
  status: z.enum(snapshotStatuses).optional(),
  sourceDiskType: z.enum(['system', 'data']).optional(),
  nextToken: z.string().max(256).optional(),
  maxResults: z.coerce.number().int().min(1).max(100).default(10),
});
export type SnapshotListQuery = z.input<typeof snapshotListQuerySchema>;

/** A snapshot with what the console links it to: its disk's instance and the images made of it. */
export const snapshotRowSchema = snapshotSchema.extend({
  sourceInstanceId: z.string(),
  imageIds: z.array(z.string()),
});
export type SnapshotRow = z.infer<typeof snapshotRowSchema>;

export const snapshotPageSchema = z.object({
  snapshots: z.array(snapshotRowSchema),
  nextToken: z.string().nullable(),
  totalCount: z.number().int(),
});
export type SnapshotPage = z.infer<typeof snapshotPageSchema>;

export const dataDiskInputSchema = z.object({
  /** Omitted: an empty data disk of sizeGiB. */
  snapshotId: id('s-bp1...').optional(),
  sizeGiB: z.number().int().min(1).max(32768).optional(),
  device: z.string().max(32).optional(),
});

export const createImageFromSnapshotBodySchema = createImageBodySchema.and(
  z
    .object({
      systemSnapshotId: id('s-bp1...'),
      dataDisks: z.array(dataDiskInputSchema).max(MAX_DATA_DISKS, IMAGE_LIFE_MESSAGES_EN.dataDisk.tooMany).default([]),
      architecture: z.enum(['x86_64', 'arm64', 'i386']).optional(),
      platform: z.string().max(64).optional(),
    })
    .superRefine((body, ctx) => {
      const withDefaults = body.dataDisks.map((disk) => ({
        ...disk,
        sizeGiB: disk.sizeGiB ?? (disk.snapshotId ? undefined : DEFAULT_EMPTY_DATA_DISK_GIB),
      }));
      for (const { index, problem } of dataDiskProblems(withDefaults)) {
        ctx.addIssue({ code: 'custom', path: ['dataDisks', index], message: IMAGE_LIFE_MESSAGES_EN.dataDisk[problem] });
      }
    }),
);
export type CreateImageFromSnapshotBody = z.input<typeof createImageFromSnapshotBodySchema>;

export const runInstancesBodySchema = z
  .object({
    zoneId: z.string().min(1).max(64),
    instanceType: z.string().regex(/^ecs\.[a-z0-9-]+\.[a-z0-9]+$/, 'Use an instance type such as ecs.g7.large.'),
    vSwitchId: id('vsw-bp1...'),
    securityGroupId: id('sg-bp1...'),
    instanceName: z.string().max(256).default(''),
    /** Exactly one of password or keyPairName (Linux); Windows needs a password. */
    password: z.string().max(64).optional(),
    keyPairName: z.string().max(128).optional(),
    amount: z.number().int().min(1, 'Create at least 1 instance.').max(100, 'Create at most 100 instances at a time.').default(1),
    systemDiskSizeGiB: z.number().int().min(20).max(2048).optional(),
    /** The image's data disks by mount device; a size can grow, never shrink. */
    dataDisks: z.array(z.object({ device: z.string().max(32), sizeGiB: z.number().int().min(1).max(32768) })).max(MAX_DATA_DISKS).default([]),
    clientToken: z.string().min(1).max(64).regex(/^[\x21-\x7e]+$/),
  })
  .superRefine((body, ctx) => {
    const nameProblem = instanceNameProblem(body.instanceName);
    if (nameProblem) ctx.addIssue({ code: 'custom', path: ['instanceName'], message: IMAGE_LIFE_MESSAGES_EN.instanceName[nameProblem] });
    if (body.password !== undefined) {
      const problem = passwordProblem(body.password);
      if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: IMAGE_LIFE_MESSAGES_EN.password[problem] });
    }
    if ((body.password === undefined) === (body.keyPairName === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Set either a password or a key pair.' });
    }
  });
export type RunInstancesBody = z.input<typeof runInstancesBodySchema>;
export const runInstancesResultSchema = z.object({ instanceIds: z.array(z.string()), requestId: z.string() });
export type RunInstancesResult = z.infer<typeof runInstancesResultSchema>;

export const replaceSystemDiskBodySchema = z.object({
  imageId: id('m-bp1...'),
  systemDiskSizeGiB: z.number().int().min(20).max(2048).optional(),
  password: z.string().max(64).optional(),
  keyPairName: z.string().max(128).optional(),
  clientToken: z.string().min(1).max(64).regex(/^[\x21-\x7e]+$/),
});
export type ReplaceSystemDiskBody = z.input<typeof replaceSystemDiskBodySchema>;
export const replaceSystemDiskResultSchema = z.object({ diskId: z.string(), requestId: z.string() });
export type ReplaceSystemDiskResult = z.infer<typeof replaceSystemDiskResultSchema>;

export const exportImageBodySchema = z
  .object({
    ossBucket: z.string().max(128),
    ossPrefix: z.string().max(64).default(''),
    format: z.enum(EXPORT_FORMATS).default('raw'),
  })
  .superRefine((body, ctx) => {
    const bucket = ossBucketProblem(body.ossBucket);
    if (bucket) ctx.addIssue({ code: 'custom', path: ['ossBucket'], message: IMAGE_LIFE_MESSAGES_EN.ossBucket[bucket] });
    const prefix = ossPrefixProblem(body.ossPrefix);
    if (prefix) ctx.addIssue({ code: 'custom', path: ['ossPrefix'], message: IMAGE_LIFE_MESSAGES_EN.ossPrefix[prefix] });
  });
export type ExportImageBody = z.input<typeof exportImageBodySchema>;
export const exportImageResultSchema = z.object({ taskId: z.string(), requestId: z.string() });
export type ExportImageResult = z.infer<typeof exportImageResultSchema>;

export const taskSchema = z.object({
  taskId: z.string(),
  taskAction: z.string(),
  taskStatus: z.enum(['Processing', 'Finished', 'Failed', 'Waiting', 'Deleted', 'Paused', 'Cancelled']),
  resourceId: z.string(),
  /** 0-100 where ECS reports it (DescribeTaskAttribute); else 0 until Finished. */
  progress: z.number().min(0).max(100),
  creationTime: z.string(),
  finishedTime: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

export const deleteImageQuerySchema = z.object({
  /** Delete even though instances use it (ECS Force). */
  force: z.enum(['true', 'false']).default('false'),
  /** Also delete the image's snapshots after the image. */
  deleteSnapshots: z.enum(['true', 'false']).default('false'),
});
export type DeleteImageQuery = z.input<typeof deleteImageQuerySchema>;
export const deleteImageResultSchema = z.object({
  requestId: z.string(),
  deletedSnapshotIds: z.array(z.string()),
  /** Snapshots that could not be deleted, with ECS's code. */
  failedSnapshots: z.array(z.object({ snapshotId: z.string(), ecsCode: z.string(), message: z.string() })),
});
export type DeleteImageResult = z.infer<typeof deleteImageResultSchema>;

export const networkOptionsSchema = z.object({
  vSwitches: z.array(z.object({ vSwitchId: z.string(), vSwitchName: z.string(), vpcId: z.string(), zoneId: z.string(), cidrBlock: z.string() })),
  securityGroups: z.array(z.object({ securityGroupId: z.string(), securityGroupName: z.string(), vpcId: z.string() })),
  keyPairs: z.array(z.object({ keyPairName: z.string() })),
});
export type NetworkOptions = z.infer<typeof networkOptionsSchema>;

export const instanceTypeListSchema = z.object({
  instanceTypes: z.array(z.object({ instanceTypeId: z.string(), cpu: z.number().int(), memoryGiB: z.number() })),
});
export type InstanceTypeList = z.infer<typeof instanceTypeListSchema>;

export const snapshotDetailSchema = snapshotRowSchema;
