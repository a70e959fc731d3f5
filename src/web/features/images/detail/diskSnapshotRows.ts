import type { DiskDeviceMapping, Snapshot } from '../../../../contract';
import { sortedMappings } from '../shared/format';

/** One row per disk of the image: its device mapping and the snapshot ECS took of it. */
export interface DiskSnapshotRow {
  key: string;
  device: string;
  type: 'system' | 'data';
  sizeGiB: number;
  snapshot: Snapshot | undefined;
}

/**
 * Joins the image's DiskDeviceMappings with its snapshots: by snapshot ID, else (ECS may fill a
 * mapping's SnapshotId in late) by disk type and size. A snapshot no mapping claims still gets
 * its own row, so no disk is ever hidden and none is shown twice.
 */
export function diskSnapshotRows(mappings: readonly DiskDeviceMapping[], snapshots: readonly Snapshot[]): DiskSnapshotRow[] {
  const unused = new Map(snapshots.map((snapshot) => [snapshot.snapshotId, snapshot]));
  const claim = (snapshot: Snapshot | undefined) => {
    if (snapshot) unused.delete(snapshot.snapshotId);
    return snapshot;
  };
  const sorted = sortedMappings(mappings);
  const byId = sorted.map((mapping) => claim(mapping.snapshotId ? unused.get(mapping.snapshotId) : undefined));
  const rows: DiskSnapshotRow[] = sorted.map((mapping, index) => ({
    key: `mapping-${index}-${mapping.device}`,
    device: mapping.device,
    type: mapping.type,
    sizeGiB: mapping.sizeGiB,
    snapshot:
      byId[index] ??
      claim(
        [...unused.values()].find(
          (snapshot) => snapshot.sourceDiskType === mapping.type && snapshot.sourceDiskSizeGiB === mapping.sizeGiB,
        ),
      ),
  }));
  for (const snapshot of unused.values()) {
    rows.push({
      key: `snapshot-${snapshot.snapshotId}`,
      device: '',
      type: snapshot.sourceDiskType,
      sizeGiB: snapshot.sourceDiskSizeGiB,
      snapshot,
    });
  }
  return rows;
}
