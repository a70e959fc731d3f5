import { z } from 'zod';
import {
  CLIENT_TOKEN_MAX,
  MAX_TAGS,
  RULE_MESSAGES_EN,
  descriptionProblem,
  imageNameProblem,
  tagListProblems,
} from './imageRules';
import {
  diskSchema,
  imageBuildSchema,
  imageSchema,
  imageStatuses,
  instanceSchema,
  instanceStatuses,
  regionSchema,
  snapshotSchema,
  tagSchema,
  zoneSchema,
} from './resources';

/**
 * The BFF's HTTP API: every path, parameter, body and response. The BFF validates with these
 * schemas; the web uses the inferred types and the same rules.
 *
 *   GET  /api/meta                                         -> Meta
 *   GET  /api/regions                                      -> RegionList
 *   GET  /api/regions/:regionId/zones                      -> ZoneList
 *   GET  /api/regions/:regionId/instances?InstanceListQuery -> InstanceList
 *   GET  /api/regions/:regionId/instances/:instanceId      -> Instance
 *   GET  /api/regions/:regionId/instances/:instanceId/disks -> DiskList
 *   POST /api/regions/:regionId/instances/:instanceId/images   CreateImageBody -> CreateImageResult (201)
 *   POST /api/regions/:regionId/instances/:instanceId/{start|stop|restart} -> ActionResult (202)
 *   GET  /api/regions/:regionId/image-builds               -> ImageBuildList
 *   GET  /api/regions/:regionId/images?ImageListQuery      -> ImageList
 *   GET  /api/regions/:regionId/images/:imageId            -> Image
 *   GET  /api/regions/:regionId/images/:imageId/snapshots  -> SnapshotList
 *   mock mode only:
 *   POST /__mock/reset                                     -> 204
 *   POST /__mock/advance   MockAdvanceBody                 -> MockClock
 */

const ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

export const regionIdSchema = z
  .string()
  .regex(/^[a-z]{2,}(-[a-z0-9]+){1,4}$/, 'Use a region ID such as cn-hangzhou.');
export const instanceIdSchema = z.string().regex(ID, 'Use an instance ID such as i-bp1abc....');
export const imageIdSchema = z.string().regex(ID, 'Use an image ID such as m-bp1abc....');

export const regionParamsSchema = z.object({ regionId: regionIdSchema });
export const instanceParamsSchema = regionParamsSchema.extend({ instanceId: instanceIdSchema });
export const imageParamsSchema = regionParamsSchema.extend({ imageId: imageIdSchema });

export const instanceActions = ['start', 'stop', 'restart'] as const;
export type InstanceAction = (typeof instanceActions)[number];

export const metaSchema = z.object({
  mode: z.enum(['mock', 'live']),
  /** The ECS endpoint in use, e.g. "ecs.<region>.aliyuncs.com" or "127.0.0.1:8787". */
  endpoint: z.string(),
});
export type Meta = z.infer<typeof metaSchema>;

export const regionListSchema = z.object({ regions: z.array(regionSchema) });
export type RegionList = z.infer<typeof regionListSchema>;

export const zoneListSchema = z.object({ zones: z.array(zoneSchema) });
export type ZoneList = z.infer<typeof zoneListSchema>;

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export const instanceListQuerySchema = z.object({
  /** Fuzzy match on the instance name (ECS InstanceName with * wildcards). */
  name: z.string().max(128, 'Search text can be at most 128 characters.').optional(),
  /** Exact instance ID. */
  instanceId: instanceIdSchema.optional(),
  status: z.enum(instanceStatuses).optional(),
  nextToken: z.string().max(256).optional(),
  maxResults: z.coerce.number().int().min(1).max(100).default(10),
});
export type InstanceListQuery = z.input<typeof instanceListQuerySchema>;

export const instanceListSchema = z.object({
  instances: z.array(instanceSchema),
  /** Null on the last page. */
  nextToken: z.string().nullable(),
  totalCount: z.number().int(),
});
export type InstanceList = z.infer<typeof instanceListSchema>;

export const diskListSchema = z.object({ disks: z.array(diskSchema) });
export type DiskList = z.infer<typeof diskListSchema>;

export const createImageBodySchema = z
  .object({
    imageName: z.string().max(1024),
    description: z.string().max(4096).default(''),
    /** One per dialog opening: a double click or a retry never makes two images. */
    clientToken: z
      .string()
      .min(1, 'A client token is required.')
      .max(CLIENT_TOKEN_MAX, `The client token can be at most ${CLIENT_TOKEN_MAX} characters.`)
      .regex(/^[\x21-\x7e]+$/, 'The client token must be printable ASCII.'),
    tags: z.array(tagSchema).max(MAX_TAGS, RULE_MESSAGES_EN.tag.tooMany).default([]),
    resourceGroupId: z
      .string()
      .regex(/^rg-[a-z0-9]{1,60}$/, 'Use a resource group ID such as rg-acfm2....')
      .optional(),
  })
  .superRefine((body, ctx) => {
    const nameProblem = imageNameProblem(body.imageName);
    if (nameProblem) {
      ctx.addIssue({ code: 'custom', path: ['imageName'], message: RULE_MESSAGES_EN.imageName[nameProblem] });
    }
    const descProblem = descriptionProblem(body.description);
    if (descProblem) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: RULE_MESSAGES_EN.description[descProblem] });
    }
    for (const { index, problem } of tagListProblems(body.tags)) {
      ctx.addIssue({ code: 'custom', path: ['tags', index], message: RULE_MESSAGES_EN.tag[problem] });
    }
  });
export type CreateImageBody = z.input<typeof createImageBodySchema>;

export const createImageResultSchema = z.object({ imageId: z.string(), requestId: z.string() });
export type CreateImageResult = z.infer<typeof createImageResultSchema>;

export const actionResultSchema = z.object({ requestId: z.string() });
export type ActionResult = z.infer<typeof actionResultSchema>;

export const imageBuildListSchema = z.object({ builds: z.array(imageBuildSchema) });
export type ImageBuildList = z.infer<typeof imageBuildListSchema>;

export const imageListQuerySchema = z.object({
  /** 'All' lists every status; ECS itself defaults to Available only. */
  status: z.enum(['All', ...imageStatuses]).default('All'),
  name: z.string().max(128, 'Search text can be at most 128 characters.').optional(),
  pageNumber: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(10),
});
export type ImageListQuery = z.input<typeof imageListQuerySchema>;

export const imageListSchema = z.object({
  images: z.array(imageSchema),
  totalCount: z.number().int(),
  pageNumber: z.number().int(),
  pageSize: z.number().int(),
});
export type ImageList = z.infer<typeof imageListSchema>;

export const snapshotListSchema = z.object({ snapshots: z.array(snapshotSchema) });
export type SnapshotList = z.infer<typeof snapshotListSchema>;

export const mockAdvanceBodySchema = z.object({
  seconds: z.number().min(0, 'seconds must be 0 or more.').max(86400 * 30, 'seconds can be at most 30 days.'),
});
export type MockAdvanceBody = z.infer<typeof mockAdvanceBodySchema>;

export const mockClockSchema = z.object({ now: z.string() });
export type MockClock = z.infer<typeof mockClockSchema>;
