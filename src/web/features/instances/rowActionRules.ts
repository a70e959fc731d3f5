import type { ImageBuild, Instance, InstanceAction, InstanceStatus } from '../../../contract';

export type RowAction = InstanceAction | 'createImage';

/** Enabled, or disabled with the i18n key of the reason shown beside the menu item. */
export type Availability = { enabled: true } | { enabled: false; reasonKey: string };

const ENABLED: Availability = { enabled: true };
const because = (reason: string): Availability => ({ enabled: false, reasonKey: `instances.reasons.${reason}` });

/** A subscription whose end has passed: ECS refuses to start, stop or image it. */
export function isSubscriptionExpired(instance: Instance, now: number): boolean {
  if (instance.chargeType !== 'PrePaid' || !instance.expiredTime) return false;
  const end = Date.parse(instance.expiredTime);
  return !Number.isNaN(end) && end <= now;
}

const byStatus: Record<RowAction, Partial<Record<InstanceStatus, string>> & { otherwise?: string }> = {
  start: { Stopped: '', Running: 'alreadyRunning', Starting: 'alreadyStarting', otherwise: 'mustBeStopped' },
  stop: { Running: '', Stopped: 'alreadyStopped', Stopping: 'alreadyStopping', otherwise: 'mustBeRunning' },
  restart: { Running: '', otherwise: 'mustBeRunning' },
  createImage: { Running: '', Stopped: '', otherwise: 'mustBeRunningOrStopped' },
};

/** What stops any action first: a lock, an expired subscription, an image being built from it. */
function guard(action: RowAction | 'replaceSystemDisk', instance: Instance, build: ImageBuild | undefined, now: number): Availability | null {
  if (instance.lockReasons.includes('security')) return because('securityLocked');
  if (instance.lockReasons.length > 0) return because('locked');
  if (isSubscriptionExpired(instance, now)) return because('expired');
  // ECS fails the image if the instance changes state mid-build, so the console refuses first.
  if (build && action !== 'createImage') return because('imageBeingCreated');
  return null;
}

function availability(action: RowAction, instance: Instance, build: ImageBuild | undefined, now: number): Availability {
  const guarded = guard(action, instance, build, now);
  if (guarded) return guarded;
  const rule = byStatus[action];
  const reason = rule[instance.status] ?? rule.otherwise ?? '';
  return reason ? because(reason) : ENABLED;
}

/**
 * What the More menu may offer for one instance right now, in the order the reasons matter:
 * a lock, an expired subscription, an image being built from it, then its status.
 */
export function rowActionAvailability(
  instance: Instance,
  build: ImageBuild | undefined,
  now: number = Date.now(),
): Record<RowAction, Availability> {
  return {
    start: availability('start', instance, build, now),
    stop: availability('stop', instance, build, now),
    restart: availability('restart', instance, build, now),
    createImage: availability('createImage', instance, build, now),
  };
}

/**
 * More > Disk and Image > Replace System Disk: ECS replaces the system disk of a Stopped instance
 * only, after the same guards as the other actions (the reason key lives in the launch section).
 */
export function replaceSystemDiskAvailability(instance: Instance, build: ImageBuild | undefined, now: number = Date.now()): Availability {
  const guarded = guard('replaceSystemDisk', instance, build, now);
  if (guarded) return guarded;
  return instance.status === 'Stopped' ? ENABLED : { enabled: false, reasonKey: 'launch.reasons.stopFirst' };
}
