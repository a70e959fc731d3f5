import { CLIENT_TOKEN_MAX, descriptionProblem, imageNameProblem, tagListProblems } from '../../../src/contract/imageRules';
import { invalidParameter } from '../errors';
import type { TagRecord } from '../model';
import { bool, optional, tagsOf } from '../params';
import { EcsError, type EcsParams } from '../types';

/** CreateImage's own parameters, checked with the same rule module the console and BFF use. */
export interface CreateImageInput {
  /** Which source wins: an instance, the DiskDeviceMapping list, or one system SnapshotId. */
  source: 'instance' | 'mappings' | 'snapshot';
  /** Set when source is 'instance'. */
  instanceId: string | undefined;
  imageName: string;
  description: string;
  tags: TagRecord[];
  resourceGroupId: string | undefined;
  clientToken: string | undefined;
  dryRun: boolean;
  /** The request minus its ClientToken, to tell a retry from a different request. */
  fingerprint: string;
}

/** Request-level parameters that are not part of what CreateImage is asked to do. */
const NOT_PART_OF_THE_REQUEST = new Set([
  'ClientToken',
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'SignatureType',
  'Timestamp',
  'Signature',
  'SecurityToken',
]);

export function readCreateImageInput(params: EcsParams): CreateImageInput {
  // Source priority (ecs-reference §2.5): InstanceId > DiskDeviceMapping > SnapshotId.
  const instanceId = optional(params, 'InstanceId');
  const hasMappings = Object.keys(params).some((key) => key.startsWith('DiskDeviceMapping.') && params[key] !== '');
  const source: CreateImageInput['source'] | undefined =
    instanceId !== undefined ? 'instance' : hasMappings ? 'mappings' : optional(params, 'SnapshotId') !== undefined ? 'snapshot' : undefined;
  if (source === undefined) {
    throw new EcsError(
      400,
      'MissingParameter',
      'The input parameter SnapshotId or InstanceId or DiskDeviceMapping that is mandatory for processing this request is not supplied.',
    );
  }

  // ECS's older behaviour: an image created without a name has an empty name.
  const imageName = optional(params, 'ImageName') ?? '';
  if (imageName !== '' && imageNameProblem(imageName)) {
    throw new EcsError(400, 'InvalidImageName.Malformed', 'The specified Image name is wrongly formed.');
  }
  const description = optional(params, 'Description') ?? '';
  if (descriptionProblem(description)) {
    throw new EcsError(400, 'InvalidDescription.Malformed', 'The specified description is wrongly formed.');
  }
  const tags = tagsOf(params);
  checkTags(tags);
  const clientToken = optional(params, 'ClientToken');
  if (clientToken !== undefined && (clientToken.length > CLIENT_TOKEN_MAX || !/^[\x20-\x7e]+$/.test(clientToken))) {
    throw invalidParameter('ClientToken');
  }
  return {
    source,
    instanceId,
    imageName,
    description,
    tags,
    resourceGroupId: optional(params, 'ResourceGroupId'),
    clientToken,
    dryRun: bool(params, 'DryRun'),
    fingerprint: fingerprintOf(params),
  };
}

function checkTags(tags: TagRecord[]): void {
  const [first] = tagListProblems(tags);
  if (!first) return;
  if (first.problem === 'duplicateKey') {
    throw new EcsError(400, 'Duplicate.TagKey', 'The Tag.N.Key contain duplicate key.');
  }
  if (first.problem.startsWith('value')) {
    throw new EcsError(400, 'InvalidTagValue.Malformed', 'The specified Tag.n.Value is not valid.');
  }
  throw new EcsError(400, 'InvalidTagKey.Malformed', 'The specified Tag.n.Key is not valid.');
}

export function fingerprintOf(params: EcsParams): string {
  const entries = Object.entries(params)
    .filter(([key, value]) => !NOT_PART_OF_THE_REQUEST.has(key) && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}
