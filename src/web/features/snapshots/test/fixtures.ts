import type { SnapshotRow } from '../../../../contract';

/** A snapshot row as the BFF answers GET /snapshots; web-prod-01's system disk by default. */
export function snapshotRow(overrides: Partial<SnapshotRow> & Pick<SnapshotRow, 'snapshotId'>): SnapshotRow {
  return {
    snapshotName: '',
    status: 'accomplished',
    progress: 100,
    sourceDiskId: 'd-bp1system40',
    sourceDiskType: 'system',
    sourceDiskSizeGiB: 40,
    usage: 'none',
    creationTime: '2026-12-03T13:00:00Z',
    sourceInstanceId: 'i-bp1webprod01',
    imageIds: [],
    ...overrides,
  };
}

export const systemSnapshot = snapshotRow({ snapshotId: 's-bp1sys40', snapshotName: 'web-sys-manual' });
export const dataSnapshot100 = snapshotRow({
  snapshotId: 's-bp1data100',
  sourceDiskId: 'd-bp1data100',
  sourceDiskType: 'data',
  sourceDiskSizeGiB: 100,
});
export const dataSnapshot200 = snapshotRow({
  snapshotId: 's-bp1data200',
  sourceDiskId: 'd-bp1data200',
  sourceDiskType: 'data',
  sourceDiskSizeGiB: 200,
  usage: 'image',
  imageIds: ['m-bp1baseline'],
});
