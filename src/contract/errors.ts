import { z } from 'zod';

/**
 * The one error shape every /api route answers with. `code` is the console's own category;
 * `ecsCode` and `requestId` are ECS's, passed through so an administrator can quote them.
 */
export const apiErrorCodes = [
  'InvalidInput', // 400: a field is wrong; `field` names it
  'NotFound', // 404
  'Conflict', // 409: the resource is in a state that forbids the action
  'EcsRejected', // 4xx from ECS: a business rule refused the request
  'Throttled', // 429
  'Unauthenticated', // 401
  'Forbidden', // 403
  'UpstreamUnavailable', // 502/503/504: ECS did not answer or answered 5xx
  'Internal', // 500: a bug of ours
] as const;

export const apiErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  message: z.string(),
  field: z.string().optional(),
  ecsCode: z.string().optional(),
  requestId: z.string().optional(),
});

export type ApiErrorCode = (typeof apiErrorCodes)[number];
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
