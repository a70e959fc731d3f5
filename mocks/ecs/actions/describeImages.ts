import { dryRunPassed, invalidParameter } from '../errors';
import { requireRegion } from '../lookup';
import type { ImageOwnerAlias, ImageRecord, ImageStatus } from '../model';
import { byCreationDesc } from '../order';
import { paginate } from '../paging';
import { bool, commaList, nameMatcher, oneOf, optional } from '../params';
import { presentImage } from '../present/image';
import { EcsError } from '../types';
import type { ModelAction } from './action';

const STATUSES: readonly ImageStatus[] = ['Creating', 'Waiting', 'Available', 'UnAvailable', 'CreateFailed', 'Deprecated'];
const OWNER_ALIASES: readonly ImageOwnerAlias[] = ['system', 'self', 'others', 'marketplace'];

/** Status defaults to Available, so images still Creating are hidden unless asked for; ALL means every status. */
function statusFilter(value: string | undefined): (image: ImageRecord) => boolean {
  const statuses = value === undefined ? ['Available'] : value.split(',').map((status) => status.trim());
  if (statuses.length === 1 && statuses[0] === 'ALL') return () => true;
  for (const status of statuses) {
    if (!(STATUSES as readonly string[]).includes(status)) throw invalidParameter('Status');
  }
  return (image) => statuses.includes(image.status);
}

/**
 * DescribeImages: Status, ImageOwnerAlias (empty = system + self + others), ImageId (comma
 * list), ImageName (fuzzy: substring, `*` wildcard), SnapshotId, OSType, Architecture; paged
 * by PageNumber (default 1) / PageSize (default 10, at most 100).
 */
export const describeImages: ModelAction = (model, ctx, params) => {
  const account = model.account(ctx.accessKeyId);
  const region = requireRegion(account, params);
  const filters = [statusFilter(optional(params, 'Status'))];

  const alias = optional(params, 'ImageOwnerAlias');
  const aliases: readonly ImageOwnerAlias[] =
    alias === undefined
      ? ['system', 'self', 'others']
      : [
          oneOf(
            alias,
            OWNER_ALIASES,
            () =>
              new EcsError(400, 'InvalidImageOwnerAlias.ValueNotSupported', 'The specified ImageOwnerAlias is not supported.'),
          ),
        ];
  filters.push((image) => aliases.includes(image.ownerAlias));
  const imageIds = commaList(params, 'ImageId');
  if (imageIds) filters.push((image) => imageIds.includes(image.imageId));
  const name = optional(params, 'ImageName');
  if (name !== undefined) {
    const matches = nameMatcher(name, 'substring');
    filters.push((image) => matches(image.imageName));
  }
  const snapshotId = optional(params, 'SnapshotId');
  if (snapshotId !== undefined) {
    filters.push((image) => image.diskDeviceMappings.some((mapping) => mapping.snapshotId === snapshotId));
  }
  const osType = optional(params, 'OSType');
  if (osType !== undefined) {
    oneOf(osType, ['linux', 'windows'], () => new EcsError(404, 'InvalidOSType', 'The specified OSType is not valid.'));
    filters.push((image) => image.os.osType === osType);
  }
  const architecture = optional(params, 'Architecture');
  if (architecture !== undefined) {
    oneOf(
      architecture,
      ['i386', 'x86_64', 'arm64'],
      () => new EcsError(404, 'InvalidArchitecture', 'The specified Architecture is not valid.'),
    );
    filters.push((image) => image.os.architecture === architecture);
  }
  if (bool(params, 'DryRun')) throw dryRunPassed();

  const matching = region.images
    .filter((image) => filters.every((filter) => filter(image)))
    .sort(byCreationDesc((image) => image.imageId));
  const page = paginate(matching, params, { kind: 'DescribeImages', maxResults: 0 });
  const inUse = new Set(region.instances.map((instance) => instance.imageId));
  return {
    RegionId: region.regionId,
    ...page.fields,
    Images: { Image: page.items.map((image) => presentImage(image, account.ownerId, inUse.has(image.imageId))) },
  };
};
