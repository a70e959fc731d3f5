import { createImage, describeSnapshots, makeEmulator } from '../testkit';
import { SNAP_REDIS_PROGRESSING, SNAP_WEB_LOGS, runInstances } from '../testkitImageLife';

const ids = (response: ReturnType<typeof describeSnapshots>) => response.Snapshots.Snapshot.map((snapshot) => snapshot.SnapshotId);

describe('DescribeSnapshots filters for the Snapshots page (seeded cn-hangzhou)', () => {
  it('filters by Usage: image, disk, image_disk, none', () => {
    const emulator = makeEmulator();
    expect(describeSnapshots(emulator, { Usage: 'image' }).TotalCount).toBe(4);
    expect(ids(describeSnapshots(emulator, { Usage: 'disk' }))).toEqual([SNAP_WEB_LOGS]);
    expect(describeSnapshots(emulator, { Usage: 'none' }).TotalCount).toBe(5);
    expect(describeSnapshots(emulator, { Usage: 'image_disk' }).TotalCount).toBe(0);
    runInstances(emulator);
    // The new instance's data disks come from web-prod-baseline's two data snapshots.
    expect(describeSnapshots(emulator, { Usage: 'image_disk' }).TotalCount).toBe(2);
  });

  it('filters by Status and SourceDiskType, alone and together', () => {
    const emulator = makeEmulator();
    expect(ids(describeSnapshots(emulator, { Status: 'progressing' }))).toEqual([SNAP_REDIS_PROGRESSING]);
    expect(describeSnapshots(emulator, { Status: 'failed' }).TotalCount).toBe(1);
    expect(describeSnapshots(emulator, { Status: 'accomplished' }).TotalCount).toBe(8);
    expect(describeSnapshots(emulator, { SourceDiskType: 'system' }).TotalCount).toBe(5);
    expect(describeSnapshots(emulator, { SourceDiskType: 'data', Status: 'accomplished' }).TotalCount).toBe(4);
  });

  it('filters by InstanceId and DiskId, combined with Usage', () => {
    const emulator = makeEmulator();
    expect(describeSnapshots(emulator, { InstanceId: 'i-bp1vkt9yt56c9hg9cnbc' }).TotalCount).toBe(6);
    expect(describeSnapshots(emulator, { InstanceId: 'i-bp1vkt9yt56c9hg9cnbc', Usage: 'none' }).TotalCount).toBe(2);
    expect(describeSnapshots(emulator, { DiskId: 'd-bp1y730cwrh6c2faz053' }).TotalCount).toBe(2);
  });

  it('pages a filtered list with NextToken, and the pages add up to TotalCount', () => {
    const emulator = makeEmulator();
    createImage(emulator, { ImageName: 'three-more-snapshots' });
    emulator.clock.advance(60);
    const first = describeSnapshots(emulator, { Status: 'accomplished', MaxResults: '10' });
    expect(first).toMatchObject({ TotalCount: 11 });
    expect(first.Snapshots.Snapshot).toHaveLength(10);
    const second = describeSnapshots(emulator, { Status: 'accomplished', MaxResults: '10', NextToken: first.NextToken ?? '' });
    expect(second.Snapshots.Snapshot).toHaveLength(1);
    expect(second.NextToken).toBe('');
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(11);
    // 5 seeded system snapshots + the new image's one.
    const pageOne = describeSnapshots(emulator, { SourceDiskType: 'system', PageSize: '4', PageNumber: '1' });
    const pageTwo = describeSnapshots(emulator, { SourceDiskType: 'system', PageSize: '4', PageNumber: '2' });
    expect(pageOne).toMatchObject({ TotalCount: 6, PageNumber: 1, PageSize: 4 });
    expect([pageOne.Snapshots.Snapshot.length, pageTwo.Snapshots.Snapshot.length]).toEqual([4, 2]);
  });
});
