import { dryRunPassed } from '../errors';
import { requireRegion } from '../lookup';
import type { SnapshotRecord } from '../model';
import { paginate } from '../paging';
import { bool, jsonIdList, oneOf, optional } from '../params';
import { presentSnapshot } from '../present/snapshot';
import { EcsError } from '../types';
import type { ModelAction } from './action';

/**
 * DescribeSnapshots: InstanceId, DiskId, SnapshotIds (JSON array), SourceDiskType, Status
 * (default all), Usage, SnapshotType, SnapshotName; filters combine with AND; paged by
 * NextToken/MaxResults (10-100) or PageNumber/PageSize. Newest first; the snapshots of one image
 * keep their disk order (system disk first).
 */
export const describeSnapshots: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const filters: ((snapshot: SnapshotRecord) => boolean)[] = [];

  if (optional(params, 'SnapshotIds') !== undefined) {
    const ids = jsonIdList(params, 'SnapshotIds', Number.MAX_SAFE_INTEGER) ?? [];
    if (ids.length > 100) {
      throw new EcsError(403, 'InvalidSnapshotIds.Malformed', 'The amount of specified snapshot Ids exceeds the limit.');
    }
    filters.push((snapshot) => ids.includes(snapshot.snapshotId));
  }
  const sourceDiskType = optional(params, 'SourceDiskType')?.toLowerCase();
  if (sourceDiskType !== undefined) {
    oneOf(sourceDiskType, ['system', 'data'], () => new EcsError(404, 'InvalidSourceDiskType', 'The specified SourceDiskType is not valid.'));
    filters.push((snapshot) => snapshot.sourceDiskType === sourceDiskType);
  }
  const status = oneOf(
    optional(params, 'Status') ?? 'all',
    ['progressing', 'accomplished', 'failed', 'all'],
    () => new EcsError(404, 'InvalidStatus.NotFound', 'The specified Status is not found.'),
  );
  if (status !== 'all') filters.push((snapshot) => snapshot.status === status);
  const usage = optional(params, 'Usage');
  if (usage !== undefined) {
    oneOf(usage, ['image', 'disk', 'image_disk', 'none'], () => new EcsError(404, 'InvalidUsage', 'The specified Usage is not valid.'));
    filters.push((snapshot) => snapshot.usage === usage);
  }
  const snapshotType = oneOf(
    optional(params, 'SnapshotType') ?? 'all',
    ['auto', 'user', 'all'],
    () => new EcsError(404, 'InvalidSnapshotType.NotFound', 'The specified SnapshotType is not found.'),
  );
  if (snapshotType !== 'all') filters.push((snapshot) => snapshot.snapshotType === snapshotType);
  for (const [param, field] of [
    ['InstanceId', 'sourceInstanceId'],
    ['DiskId', 'sourceDiskId'],
    ['SnapshotName', 'snapshotName'],
  ] as const) {
    const wanted = optional(params, param);
    if (wanted !== undefined) filters.push((snapshot) => snapshot[field] === wanted);
  }
  if (bool(params, 'DryRun')) throw dryRunPassed();

  // A stable sort: equal creation times (one image's snapshots) keep their disk order.
  const matching = region.snapshots
    .filter((snapshot) => filters.every((filter) => filter(snapshot)))
    .sort((a, b) => b.creationTime - a.creationTime);
  const page = paginate(matching, params, { kind: 'DescribeSnapshots', maxResults: 100 });
  const now = model.clock.now();
  return { ...page.fields, Snapshots: { Snapshot: page.items.map((snapshot) => presentSnapshot(snapshot, now)) } };
};
