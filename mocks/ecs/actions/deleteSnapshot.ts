import type { AccountState, RegionState, SnapshotRecord } from '../model';
import { bool, optional } from '../params';
import { refreshSnapshotUsage } from '../snapshotUsage';
import { EcsError, type ActionContext } from '../types';
import type { ModelAction } from './action';
import { missingParameterPlain } from './clientToken';

/**
 * DeleteSnapshot (no RegionId: the region comes from the endpoint, else every region is searched).
 * As ECS documents: an unknown snapshot is ignored; one a custom image is made of is refused
 * (SnapshotCreatedImage 403: delete the image first); one disks were created from is refused
 * (SnapshotCreatedDisk 403) unless Force; deleting one still progressing cancels it.
 */
export const deleteSnapshot: ModelAction = (model, ctx, params) => {
  const account = model.account(ctx.accessKeyId);
  const snapshotId = optional(params, 'SnapshotId');
  if (snapshotId === undefined) throw missingParameterPlain('SnapshotId');
  const force = bool(params, 'Force');
  const found = findSnapshot(account, ctx, snapshotId);
  if (!found) return {};
  const { region, snapshot } = found;
  refreshSnapshotUsage(region);
  if (snapshot.usage === 'image' || snapshot.usage === 'image_disk') {
    throw new EcsError(403, 'SnapshotCreatedImage', 'The snapshot has been used to create user defined image(s).');
  }
  if (snapshot.usage === 'disk' && !force) {
    throw new EcsError(403, 'SnapshotCreatedDisk', 'The snapshot has been used to create disk(s).');
  }
  region.snapshots.splice(region.snapshots.indexOf(snapshot), 1);
  return {};
};

function findSnapshot(
  account: AccountState,
  ctx: ActionContext,
  snapshotId: string,
): { region: RegionState; snapshot: SnapshotRecord } | undefined {
  const hostRegion = ctx.hostRegionId === undefined ? undefined : account.regions.get(ctx.hostRegionId);
  for (const region of hostRegion ? [hostRegion] : account.regions.values()) {
    const snapshot = region.snapshots.find((candidate) => candidate.snapshotId === snapshotId);
    if (snapshot) return { region, snapshot };
  }
  return undefined;
}
