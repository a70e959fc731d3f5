import { image, snapshot } from '../test/fixtures';
import { diskSnapshotRows } from './diskSnapshotRows';

describe('diskSnapshotRows', () => {
  it('pairs each disk with its snapshot by ID, system disk first', () => {
    const rows = diskSnapshotRows(image().diskDeviceMappings, [
      snapshot({ snapshotId: 's-data2', sourceDiskSizeGiB: 200 }),
      snapshot({ snapshotId: 's-sys', sourceDiskType: 'system', sourceDiskSizeGiB: 40 }),
      snapshot({ snapshotId: 's-data1', sourceDiskSizeGiB: 100 }),
    ]);
    expect(rows.map((row) => [row.device, row.snapshot?.snapshotId])).toEqual([
      ['/dev/xvda', 's-sys'],
      ['/dev/xvdb', 's-data1'],
      ['/dev/xvdc', 's-data2'],
    ]);
  });

  it('pairs by type and size while ECS has not filled in the snapshot IDs, never showing a disk twice', () => {
    const mappings = image().diskDeviceMappings.map((mapping) => ({ ...mapping, snapshotId: '' }));
    const rows = diskSnapshotRows(mappings, [
      snapshot({ snapshotId: 's-a', sourceDiskType: 'data', sourceDiskSizeGiB: 200 }),
      snapshot({ snapshotId: 's-b', sourceDiskType: 'system', sourceDiskSizeGiB: 40 }),
    ]);
    expect(rows.map((row) => [row.device, row.snapshot?.snapshotId])).toEqual([
      ['/dev/xvda', 's-b'],
      ['/dev/xvdb', undefined],
      ['/dev/xvdc', 's-a'],
    ]);
  });

  it('still lists a snapshot that no mapping claims', () => {
    const rows = diskSnapshotRows([], [snapshot({ snapshotId: 's-lonely', sourceDiskSizeGiB: 20 })]);
    expect(rows).toEqual([expect.objectContaining({ device: '', type: 'data', sizeGiB: 20 })]);
  });
});
