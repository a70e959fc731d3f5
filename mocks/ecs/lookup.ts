import { instanceNotFound, missingParameter, regionNotFound } from './errors';
import type { AccountState, InstanceRecord, RegionState } from './model';
import { optional } from './params';
import type { ActionContext, EcsParams } from './types';

/** `RegionId` is required by every Describe* and by CreateImage. */
export function requireRegion(account: AccountState, params: EcsParams): RegionState {
  const regionId = optional(params, 'RegionId');
  if (regionId === undefined) throw missingParameter('RegionId');
  const region = account.regions.get(regionId);
  if (!region) throw regionNotFound();
  return region;
}

/**
 * Start/Stop/RebootInstance carry no RegionId: ECS takes the region from the endpoint. With a
 * regional endpoint only that region is searched (as on ECS); with a central or local endpoint
 * (no region in the host) every region of the account is.
 */
export function findInstanceAnywhere(
  account: AccountState,
  ctx: ActionContext,
  instanceId: string,
): { region: RegionState; instance: InstanceRecord } {
  const hostRegion = ctx.hostRegionId === undefined ? undefined : account.regions.get(ctx.hostRegionId);
  const candidates = hostRegion ? [hostRegion] : [...account.regions.values()];
  for (const region of candidates) {
    const instance = region.instances.find((candidate) => candidate.instanceId === instanceId);
    if (instance) return { region, instance };
  }
  throw instanceNotFound();
}

/** A PrePaid instance past its ExpiredTime, or one ECS has locked for an unpaid bill. */
export function isExpiredOrInArrears(instance: InstanceRecord, now: number): boolean {
  const expired = instance.chargeType === 'PrePaid' && instance.expiredTime !== undefined && instance.expiredTime <= now;
  return expired || instance.locks.some((lock) => lock.reason === 'financial');
}

export function isLockedForSecurity(instance: InstanceRecord): boolean {
  return instance.locks.some((lock) => lock.reason === 'security');
}
