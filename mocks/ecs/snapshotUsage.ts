import type { RegionState, SnapshotRecord } from './model';

/**
 * A snapshot's Usage says what it is used by right now: `image` (a custom image is made of it),
 * `disk` (a disk was created from it), `image_disk` (both) or `none`. Recomputed after every change
 * to images or disks, so deleting an image frees its snapshots (Usage back to none) as on ECS.
 */
export function refreshSnapshotUsage(region: RegionState): void {
  const byImage = new Set<string>();
  for (const image of region.images) {
    if (image.ownerAlias !== 'self') continue;
    for (const mapping of image.diskDeviceMappings) if (mapping.snapshotId) byImage.add(mapping.snapshotId);
  }
  const byDisk = new Set(region.disks.map((disk) => disk.sourceSnapshotId).filter((id): id is string => Boolean(id)));
  for (const snapshot of region.snapshots) snapshot.usage = usageOf(snapshot, byImage, byDisk);
}

function usageOf(snapshot: SnapshotRecord, byImage: ReadonlySet<string>, byDisk: ReadonlySet<string>): SnapshotRecord['usage'] {
  const image = byImage.has(snapshot.snapshotId);
  const disk = byDisk.has(snapshot.snapshotId);
  if (image && disk) return 'image_disk';
  if (image) return 'image';
  return disk ? 'disk' : 'none';
}
