import {
  CI_RUNNER_01,
  WEB_PROD_01,
  callError,
  createImage,
  describeSnapshots,
  errorOf,
  makeEmulator,
} from '../testkit';

describe('DescribeSnapshots', () => {
  it('shows the seeded image snapshots: three accomplished for web-prod-baseline, one failed', () => {
    const emulator = makeEmulator();
    const all = describeSnapshots(emulator, { Usage: 'image' }).Snapshots.Snapshot;
    expect(all.map((snapshot) => [snapshot.SnapshotId, snapshot.Status, snapshot.Progress])).toEqual([
      ['s-bp1e20t963rqism1ti6t', 'failed', '37%'],
      ['s-bp12vs1z4zicgz6ne6rg', 'accomplished', '100%'],
      ['s-bp1vsykppga1zckanfb2', 'accomplished', '100%'],
      ['s-bp1i7g0nr3ulm16c8e8v', 'accomplished', '100%'],
    ]);
    expect(all.every((snapshot) => snapshot.Usage === 'image' && typeof snapshot.SourceDiskSize === 'string')).toBe(true);
  });

  it('filters by InstanceId, DiskId, SourceDiskType (any case) and Status; filters combine with AND', () => {
    const emulator = makeEmulator();
    createImage(emulator, { InstanceId: CI_RUNNER_01, ImageName: 'runner' });

    expect(describeSnapshots(emulator, { InstanceId: CI_RUNNER_01 }).TotalCount).toBe(2);
    expect(describeSnapshots(emulator, { DiskId: 'd-bp1n97kfluzny6v5yqe6' }).Snapshots.Snapshot[0]?.SourceDiskSize).toBe('300');
    // web-prod-baseline's two, and the seeded manual data-before-upgrade and logs snapshots.
    expect(describeSnapshots(emulator, { InstanceId: WEB_PROD_01, SourceDiskType: 'Data' }).TotalCount).toBe(4);
    // ci-runner-01's two, and the seeded cache-redis-01 nightly snapshot.
    expect(describeSnapshots(emulator, { Status: 'progressing' }).TotalCount).toBe(3);
    expect(describeSnapshots(emulator, { InstanceId: WEB_PROD_01, Status: 'progressing' }).TotalCount).toBe(0);
    expect(describeSnapshots(emulator, { Usage: 'disk' }).Snapshots.Snapshot.map((snapshot) => snapshot.SnapshotId)).toEqual([
      's-bp1cfjqbmgabxscs3nh2',
    ]);
    expect(describeSnapshots(emulator, { SnapshotType: 'user', Usage: 'image' }).TotalCount).toBe(6);
  });

  it('finds snapshots by SnapshotIds (JSON array)', () => {
    const response = describeSnapshots(makeEmulator(), { SnapshotIds: '["s-bp1vsykppga1zckanfb2","s-bp1nothere0000000000"]' });
    expect(response.Snapshots.Snapshot.map((snapshot) => snapshot.SourceDiskType)).toEqual(['data']);
  });

  it('refuses unknown filter values with ECS codes', () => {
    const emulator = makeEmulator();
    const refuse = (params: Record<string, string>) =>
      errorOf(callError(emulator, 'DescribeSnapshots', { RegionId: 'cn-hangzhou', ...params }));
    expect(refuse({ Status: 'done' })).toEqual({ status: 404, code: 'InvalidStatus.NotFound' });
    expect(refuse({ SourceDiskType: 'root' })).toEqual({ status: 404, code: 'InvalidSourceDiskType' });
    expect(refuse({ Usage: 'backup' })).toEqual({ status: 404, code: 'InvalidUsage' });
    expect(refuse({ SnapshotType: 'manual' })).toEqual({ status: 404, code: 'InvalidSnapshotType.NotFound' });
  });

  it('pages by NextToken / MaxResults (10 to 100) and PageNumber / PageSize', () => {
    const emulator = makeEmulator();
    for (let index = 0; index < 4; index += 1) {
      createImage(emulator, { ImageName: `snap-page-${index}` });
      emulator.clock.advance(60);
    }
    // 4 seeded for images + 6 seeded manual + 4 images x 3 disks
    const first = describeSnapshots(emulator, { MaxResults: '1' });
    expect(first).toMatchObject({ TotalCount: 22 });
    expect(first.Snapshots.Snapshot).toHaveLength(10);
    const second = describeSnapshots(emulator, { NextToken: first.NextToken ?? '' });
    expect(second.Snapshots.Snapshot).toHaveLength(10);
    const third = describeSnapshots(emulator, { NextToken: second.NextToken ?? '' });
    expect(third.Snapshots.Snapshot).toHaveLength(2);
    expect(third.NextToken).toBe('');
    expect(describeSnapshots(emulator, { PageSize: '5', PageNumber: '5' }).Snapshots.Snapshot).toHaveLength(2);
  });
});
