/**
 * ECS's snapshot quota per disk on CreateImage from an instance: an image needs one new manual
 * snapshot of every disk, and a disk holds at most 256 manual snapshots (ecs-reference §3.3, the
 * 2021 limits; automatic snapshots have their own 1,000). Beyond it: QuotaExceed.Snapshot (403).
 *
 * It wraps the CreateImage action rather than living inside it, so the action's own checks keep
 * their order: the wrapped action is first asked with DryRun=true; only when every one of its
 * checks passes (DryRunOperation) is the quota checked, then the request is run as sent.
 */
import type { RegionState } from '../model';
import type { EmulatorModel } from '../store';
import { EcsError, type ActionHandler, type EcsParams } from '../types';

export const DEFAULT_SNAPSHOT_QUOTA_PER_DISK = 256;

const quotas = new WeakMap<RegionState, number>();

export function snapshotQuotaOf(region: RegionState): number {
  return quotas.get(region) ?? DEFAULT_SNAPSHOT_QUOTA_PER_DISK;
}

/** Changes one region's quota until the account is rebuilt (reset or scenario). */
export function setRegionSnapshotQuota(region: RegionState, quota: number): void {
  if (!Number.isInteger(quota) || quota < 0) throw new RangeError(`Snapshot quota must be a whole number >= 0, got ${quota}.`);
  quotas.set(region, quota);
}

function quotaExceeded(): EcsError {
  return new EcsError(403, 'QuotaExceed.Snapshot', 'The snapshot quota exceeds.');
}

function checkQuota(model: EmulatorModel, accessKeyId: string, params: EcsParams): void {
  const region = model.account(accessKeyId).regions.get(params.RegionId ?? '');
  if (!region) return;
  const quota = snapshotQuotaOf(region);
  for (const disk of region.disks) {
    if (disk.instanceId !== params.InstanceId) continue;
    let manual = 0;
    for (const snapshot of region.snapshots) {
      if (snapshot.sourceDiskId === disk.diskId && snapshot.snapshotType === 'user') manual += 1;
    }
    if (manual >= quota) throw quotaExceeded();
  }
}

/** A ClientToken the account has already used: the action replays its first answer, no new snapshots. */
function isReplay(model: EmulatorModel, accessKeyId: string, params: EcsParams): boolean {
  const token = params.ClientToken;
  return token !== undefined && token !== '' && model.account(accessKeyId).clientTokens.has(token);
}

export function withSnapshotQuota(
  actions: Readonly<Record<string, ActionHandler>>,
  model: EmulatorModel,
): Readonly<Record<string, ActionHandler>> {
  const createImage = actions.CreateImage;
  if (!createImage) return actions;
  const guarded: ActionHandler = (ctx, params) => {
    // Only an image from an instance snapshots its disks; other sources reuse existing snapshots.
    if (!params.InstanceId || isReplay(model, ctx.accessKeyId, params)) return createImage(ctx, params);
    try {
      createImage(ctx, { ...params, DryRun: 'true' });
    } catch (error) {
      if (!(error instanceof EcsError) || error.code !== 'DryRunOperation') throw error;
      checkQuota(model, ctx.accessKeyId, params);
    }
    return createImage(ctx, params);
  };
  return Object.freeze({ ...actions, CreateImage: guarded });
}
