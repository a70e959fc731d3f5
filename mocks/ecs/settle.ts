import type { AccountState, ImageRecord, RegionState, SnapshotRecord } from './model';

/**
 * Brings an account up to `now`. There are no timers: every action calls this first, so state
 * always reads as if time had flowed, and clock.advance() shows on the very next request.
 */
export function settleAccount(account: AccountState, now: number): void {
  for (const region of account.regions.values()) settleRegion(region, now);
}

export function settleRegion(region: RegionState, now: number): void {
  for (const instance of region.instances) {
    const transition = instance.transition;
    if (transition && now >= transition.at) {
      instance.status = transition.to;
      if (transition.to === 'Running') instance.startTime = transition.at;
      delete instance.transition;
      const next = transition.then;
      if (next) {
        instance.transition = next;
        if (now >= next.at) {
          instance.status = next.to;
          if (next.to === 'Running') instance.startTime = next.at;
          delete instance.transition;
        }
      }
    }
  }
  for (const snapshot of region.snapshots) {
    if (snapshot.status === 'progressing') settleSnapshot(snapshot, now);
  }
  for (const image of region.images) {
    if (image.status === 'Creating') settleImage(region, image, now);
  }
}

function settleSnapshot(snapshot: SnapshotRecord, now: number): void {
  const elapsed = Math.max(0, now - snapshot.creationTime);
  if (elapsed >= snapshot.durationMs) {
    snapshot.status = 'accomplished';
    snapshot.progress = 100;
    snapshot.lastModifiedTime = snapshot.creationTime + snapshot.durationMs;
  } else {
    snapshot.progress = Math.floor((elapsed / snapshot.durationMs) * 100);
  }
}

/** An image's progress is its snapshots' progress weighted by disk size; Available only when all are done. */
function settleImage(region: RegionState, image: ImageRecord, now: number): void {
  if (image.readyAt !== undefined) {
    settleImageFromSnapshots(image, now);
    return;
  }
  const snapshots = snapshotsOf(region, image);
  if (snapshots.length === 0) return;
  if (snapshots.every((snapshot) => snapshot.status === 'accomplished')) {
    image.status = 'Available';
    image.progress = 100;
    image.usable = true;
    return;
  }
  const totalSize = snapshots.reduce((sum, snapshot) => sum + snapshot.sourceDiskSizeGiB, 0);
  const done = snapshots.reduce((sum, snapshot) => sum + snapshot.progress * snapshot.sourceDiskSizeGiB, 0);
  image.progress = Math.min(99, Math.floor(done / totalSize));
}

/** An image made from snapshots that already exist only needs a few seconds (pace.ts). */
function settleImageFromSnapshots(image: ImageRecord, now: number): void {
  const readyAt = image.readyAt ?? now;
  if (now >= readyAt) {
    image.status = 'Available';
    image.progress = 100;
    image.usable = true;
    return;
  }
  const total = Math.max(1, readyAt - image.creationTime);
  image.progress = Math.min(99, Math.floor(((now - image.creationTime) / total) * 100));
}

export function snapshotsOf(region: RegionState, image: ImageRecord): SnapshotRecord[] {
  const ids = new Set(image.diskDeviceMappings.map((mapping) => mapping.snapshotId));
  return region.snapshots.filter((snapshot) => ids.has(snapshot.snapshotId));
}

/**
 * ECS: "do not stop, start or restart the instance while the image is being created ... the
 * custom image fails to be created". The image turns CreateFailed and its unfinished snapshots fail.
 */
export function failImagesBuiltFrom(region: RegionState, instanceId: string, now: number): ImageRecord[] {
  const failed: ImageRecord[] = [];
  for (const image of region.images) {
    if (image.status !== 'Creating' || image.sourceInstanceId !== instanceId) continue;
    image.status = 'CreateFailed';
    image.usable = false;
    for (const snapshot of snapshotsOf(region, image)) {
      if (snapshot.status !== 'progressing') continue;
      snapshot.status = 'failed';
      snapshot.lastModifiedTime = now;
    }
    failed.push(image);
  }
  return failed;
}
