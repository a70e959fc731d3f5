import { dryRunPassed } from '../errors';
import { requireRegion } from '../lookup';
import type { DiskRecord } from '../model';
import { paginate } from '../paging';
import { bool, jsonIdList, oneOf, optional } from '../params';
import { presentDisk } from '../present/disk';
import { EcsError } from '../types';
import type { ModelAction } from './action';

const DISK_TYPES = ['all', 'system', 'data'] as const;
const CATEGORIES = [
  'all',
  'cloud',
  'cloud_efficiency',
  'cloud_ssd',
  'cloud_essd',
  'cloud_auto',
  'cloud_essd_entry',
  'cloud_regional_disk_auto',
  'local_ssd_pro',
  'local_hdd_pro',
  'ephemeral',
  'ephemeral_ssd',
] as const;
const STATUSES = ['In_use', 'Available', 'Attaching', 'Detaching', 'Creating', 'ReIniting', 'All'] as const;

/** Disks of an instance read as ECS lists them: newest instance first, then system, then data by device. */
function diskOrder(a: DiskRecord, b: DiskRecord): number {
  return (
    b.creationTime - a.creationTime ||
    a.instanceId.localeCompare(b.instanceId) ||
    a.device.localeCompare(b.device) ||
    a.diskId.localeCompare(b.diskId)
  );
}

/**
 * DescribeDisks: InstanceId, DiskIds (JSON array), DiskType (all/system/data), Category, Status,
 * ZoneId; paged by NextToken/MaxResults (10-500) or PageNumber/PageSize.
 */
export const describeDisks: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const filters: ((disk: DiskRecord) => boolean)[] = [];

  const diskIdsText = optional(params, 'DiskIds');
  if (diskIdsText !== undefined) {
    const ids = jsonIdList(params, 'DiskIds', Number.MAX_SAFE_INTEGER) ?? [];
    if (ids.length > 100) {
      throw new EcsError(403, 'InvalidDiskIds.Malformed', 'The amount of specified disk Ids exceeds the limit.');
    }
    filters.push((disk) => ids.includes(disk.diskId));
  }
  const diskType = oneOf(
    optional(params, 'DiskType') ?? 'all',
    DISK_TYPES,
    () => new EcsError(400, 'InvalidDiskType.ValueNotSupported', 'The specified disk type is not supported.'),
  );
  if (diskType !== 'all') filters.push((disk) => disk.type === diskType);
  const category = oneOf(
    optional(params, 'Category') ?? 'all',
    CATEGORIES,
    () => new EcsError(400, 'InvalidCategory.ValueNotSupported', 'The specified disk category is not supported.'),
  );
  if (category !== 'all') filters.push((disk) => disk.category === category);
  const status = oneOf(
    optional(params, 'Status') ?? 'All',
    STATUSES,
    () => new EcsError(400, 'InvalidStatus.ValueNotSupported', 'The specified disk status is not supported.'),
  );
  // Every emulated disk is attached to its instance.
  if (status !== 'All') filters.push(() => status === 'In_use');
  for (const [param, field] of [
    ['InstanceId', 'instanceId'],
    ['ZoneId', 'zoneId'],
  ] as const) {
    const wanted = optional(params, param);
    if (wanted !== undefined) filters.push((disk) => disk[field] === wanted);
  }
  if (bool(params, 'DryRun')) throw dryRunPassed();

  const matching = region.disks.filter((disk) => filters.every((filter) => filter(disk))).sort(diskOrder);
  const page = paginate(matching, params, { kind: 'DescribeDisks', maxResults: 500 });
  return { ...page.fields, Disks: { Disk: page.items.map(presentDisk) } };
};
