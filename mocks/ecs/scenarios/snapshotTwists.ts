/**
 * Scenario twists on snapshots, applied by the model before it settles an account (store.ts), so
 * they need nothing from the actions that create snapshots: they see every new snapshot on the
 * first read after its creation, before any progress has been computed for it.
 */
import type { AccountState, ImageRecord, RegionState, SnapshotRecord } from '../model';
import { snapshotsOf } from '../settle';

/** slow-snapshots: every snapshot in progress takes `factor` times as long as usual. */
export function slowSnapshots(factor: number): (account: AccountState) => void {
  const stretched = new WeakSet<SnapshotRecord>();
  return (account) => {
    for (const region of account.regions.values()) {
      for (const snapshot of region.snapshots) {
        if (snapshot.status !== 'progressing' || stretched.has(snapshot)) continue;
        snapshot.durationMs *= factor;
        stretched.add(snapshot);
      }
    }
  };
}

/** When the doomed image's snapshots fail: 40% into its shortest snapshot, so it visibly progresses first. */
export const FAILURE_POINT = 0.4;

interface Doom {
  /** Images the account had when it was made: never doomed. */
  known: Set<string>;
  doomed?: { region: RegionState; image: ImageRecord; failAt: number };
}

function progressAt(snapshot: SnapshotRecord, at: number): number {
  return Math.min(99, Math.floor(((at - snapshot.creationTime) / snapshot.durationMs) * 100));
}

function fail(doomed: NonNullable<Doom['doomed']>): void {
  const { region, image, failAt } = doomed;
  const snapshots = snapshotsOf(region, image);
  for (const snapshot of snapshots) {
    if (snapshot.status !== 'progressing') continue;
    snapshot.status = 'failed';
    snapshot.progress = progressAt(snapshot, failAt);
    snapshot.lastModifiedTime = failAt;
  }
  const totalSize = snapshots.reduce((sum, snapshot) => sum + snapshot.sourceDiskSizeGiB, 0);
  const done = snapshots.reduce((sum, snapshot) => sum + snapshot.progress * snapshot.sourceDiskSizeGiB, 0);
  image.status = 'CreateFailed';
  image.usable = false;
  image.progress = totalSize > 0 ? Math.min(99, Math.floor(done / totalSize)) : 0;
}

/**
 * snapshot-failure: the first image made after the account was built whose snapshots are still
 * being taken fails: its unfinished snapshots turn `failed` and the image `CreateFailed`. Images
 * after it succeed, so a retry works (as a transient ECS failure would).
 */
export function failNextImage(): (account: AccountState, now: number) => void {
  const dooms = new WeakMap<AccountState, Doom>();
  return (account, now) => {
    let doom = dooms.get(account);
    if (!doom) {
      doom = { known: new Set([...account.regions.values()].flatMap((region) => region.images.map((image) => image.imageId))) };
      dooms.set(account, doom);
    }
    if (!doom.doomed) {
      for (const region of account.regions.values()) {
        const image = region.images.find((candidate) => {
          if (candidate.ownerAlias !== 'self' || candidate.status !== 'Creating' || doom.known.has(candidate.imageId)) return false;
          return snapshotsOf(region, candidate).some((snapshot) => snapshot.status === 'progressing');
        });
        if (!image) continue;
        const snapshots = snapshotsOf(region, image).filter((snapshot) => snapshot.status === 'progressing');
        const shortest = Math.min(...snapshots.map((snapshot) => snapshot.durationMs));
        doom.doomed = { region, image, failAt: image.creationTime + Math.round(shortest * FAILURE_POINT) };
        break;
      }
    }
    const doomed = doom.doomed;
    if (doomed && doomed.image.status === 'Creating' && now >= doomed.failAt) fail(doomed);
  };
}
