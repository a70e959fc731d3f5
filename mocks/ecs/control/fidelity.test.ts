// Fidelity across the console's actions: DryRun, paging bounds, snapshot quota per disk, busy disks.
import { createEmulator, type SteerableEmulator } from '../emulator';
import {
  ACCOUNT,
  DB_STAGING_02,
  HANGZHOU,
  WEB_PROD_01,
  call,
  callError,
  createImage,
  describeImages,
  errorOf,
  instanceById,
} from '../testkit';
import { DEFAULT_SNAPSHOT_QUOTA_PER_DISK } from './snapshotQuota';

let emulator: SteerableEmulator;
beforeEach(() => {
  emulator = createEmulator({ clock: 'manual', credentials: new Map([[ACCOUNT, 'secret-a']]) });
});

const DRY = { DryRun: 'true' };

describe('DryRun=true on every action the console uses', () => {
  it.each([
    ['DescribeInstances', { RegionId: HANGZHOU }],
    ['DescribeDisks', { RegionId: HANGZHOU, InstanceId: WEB_PROD_01 }],
    ['DescribeImages', { RegionId: HANGZHOU, ImageOwnerAlias: 'self', Status: 'ALL' }],
    ['DescribeSnapshots', { RegionId: HANGZHOU }],
    ['CreateImage', { RegionId: HANGZHOU, InstanceId: WEB_PROD_01, ImageName: 'dry-run' }],
    ['StopInstance', { InstanceId: WEB_PROD_01 }],
    ['RebootInstance', { InstanceId: WEB_PROD_01 }],
    ['StartInstance', { InstanceId: DB_STAGING_02 }],
  ])('%s: 400 DryRunOperation once its checks pass', (action, params) => {
    expect(errorOf(callError(emulator, action, { ...params, ...DRY }))).toEqual({ status: 400, code: 'DryRunOperation' });
  });

  it.each([
    ['DescribeInstances', { RegionId: HANGZHOU, Status: 'Sleeping' }, 'InvalidStatus.NotFound'],
    ['DescribeDisks', { RegionId: HANGZHOU, DiskType: 'floppy' }, 'InvalidDiskType.ValueNotSupported'],
    ['DescribeImages', { RegionId: 'xx-nowhere-1' }, 'InvalidRegionId.NotFound'],
    ['CreateImage', { RegionId: HANGZHOU, InstanceId: 'i-bp1doesnotexist0000', ImageName: 'dry-run' }, 'InvalidInstanceId.NotFound'],
    ['StopInstance', { InstanceId: DB_STAGING_02 }, 'IncorrectInstanceStatus'],
  ])('%s: a failing check wins over DryRunOperation', (action, params, code) => {
    expect(callError(emulator, action, { ...params, ...DRY }).code).toBe(code);
  });

  it('changes nothing: no image, no snapshots, the instance still Running', () => {
    callError(emulator, 'CreateImage', { RegionId: HANGZHOU, InstanceId: WEB_PROD_01, ImageName: 'dry-run', ...DRY });
    callError(emulator, 'StopInstance', { InstanceId: WEB_PROD_01, ...DRY });
    expect(describeImages(emulator, { ImageName: 'dry-run', Status: 'ALL' }).TotalCount).toBe(0);
    expect(instanceById(emulator, WEB_PROD_01).Status).toBe('Running');
  });
});

interface PageAnswer {
  TotalCount: number;
  NextToken?: string;
  PageSize?: number;
  PageNumber?: number;
}

function itemCount(answer: Record<string, unknown>): number {
  const wrapper = Object.values(answer).find((value) => typeof value === 'object' && value !== null) as Record<string, unknown[]>;
  return Object.values(wrapper)[0]?.length ?? 0;
}

describe('paging bounds, with more items than any page', () => {
  beforeEach(() => {
    emulator.steering.useScenario('large-region');
    // 40 images of web-prod-01: 120 more snapshots, so DescribeSnapshots has over 100 to page.
    for (let index = 0; index < 40; index += 1) {
      createImage(emulator, { InstanceId: WEB_PROD_01, ImageName: `pager-${index}` });
      emulator.clock.advance(120);
    }
  });

  it.each([
    ['DescribeInstances', 100],
    ['DescribeDisks', 500],
    ['DescribeSnapshots', 100],
  ])('%s: MaxResults below 10 or unset gives 10, above %i gives the maximum; NextToken continues', (action, max) => {
    const page = (params: Record<string, string>) => call<PageAnswer & Record<string, unknown>>(emulator, action, { RegionId: HANGZHOU, ...params });
    expect(itemCount(page({ MaxResults: '3' }))).toBe(10);
    expect(itemCount(page({ MaxResults: String(max + 1) }))).toBe(max);
    const first = page({ MaxResults: '10' });
    expect(first.NextToken).toMatch(/^[0-9a-f]{32}$/);
    expect(itemCount(page({ MaxResults: '10', NextToken: first.NextToken ?? '' }))).toBe(10);
    expect(errorOf(callError(emulator, action, { RegionId: HANGZHOU, NextToken: 'forged' }))).toEqual({ status: 400, code: 'InvalidParameter' });
  });

  it.each(['DescribeInstances', 'DescribeDisks', 'DescribeSnapshots', 'DescribeImages'])(
    '%s: PageNumber defaults to 1, PageSize to 10 and at most 100; 0 is refused',
    (action) => {
      const params: Record<string, string> = action === 'DescribeImages' ? { ImageOwnerAlias: 'system', Status: 'ALL' } : {};
      const page = (extra: Record<string, string>) =>
        call<PageAnswer & Record<string, unknown>>(emulator, action, { RegionId: HANGZHOU, ...params, ...extra });
      expect(page({})).toMatchObject({ PageNumber: 1, PageSize: 10 });
      expect(page({ PageSize: '500' }).PageSize).toBe(100);
      expect(callError(emulator, action, { RegionId: HANGZHOU, PageSize: '0' }).code).toBe('InvalidParameter');
      expect(callError(emulator, action, { RegionId: HANGZHOU, PageNumber: '0' }).code).toBe('InvalidParameter');
    },
  );
});

describe('CreateImage and the disks it snapshots', () => {
  it(`allows ${DEFAULT_SNAPSHOT_QUOTA_PER_DISK} manual snapshots per disk by default`, () => {
    expect(emulator.steering.state().account.quotas[HANGZHOU]?.snapshotsPerDisk).toBe(DEFAULT_SNAPSHOT_QUOTA_PER_DISK);
  });

  it('refuses with QuotaExceed.Snapshot (403) when a disk holds its quota, after every other check', () => {
    createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'first' });
    emulator.clock.advance(60);
    emulator.steering.setSnapshotQuota(ACCOUNT, HANGZHOU, 1);
    const refused = { RegionId: HANGZHOU, InstanceId: DB_STAGING_02, ImageName: 'second' };
    expect(errorOf(callError(emulator, 'CreateImage', refused))).toEqual({ status: 403, code: 'QuotaExceed.Snapshot' });
    // DryRun reports the quota too; a malformed name is still reported first.
    expect(callError(emulator, 'CreateImage', { ...refused, DryRun: 'true' }).code).toBe('QuotaExceed.Snapshot');
    expect(callError(emulator, 'CreateImage', { ...refused, ImageName: '1bad' }).code).toBe('InvalidImageName.Malformed');
    expect(describeImages(emulator, { ImageName: 'second', Status: 'ALL' }).TotalCount).toBe(0);
  });

  it('replays a ClientToken’s first answer even when the quota has filled since', () => {
    const first = createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'once', ClientToken: 'token-1' });
    emulator.clock.advance(60);
    emulator.steering.setSnapshotQuota(ACCOUNT, HANGZHOU, 1);
    expect(createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'once', ClientToken: 'token-1' })).toBe(first);
  });

  it('refuses IncorrectDiskStatus.CreatingSnapshot (403) while a disk of the instance is being snapshotted', () => {
    createImage(emulator, { InstanceId: WEB_PROD_01, ImageName: 'busy-1' });
    const error = callError(emulator, 'CreateImage', { RegionId: HANGZHOU, InstanceId: WEB_PROD_01, ImageName: 'busy-2' });
    expect(errorOf(error)).toEqual({ status: 403, code: 'IncorrectDiskStatus.CreatingSnapshot' });
    emulator.clock.advance(60);
    expect(createImage(emulator, { InstanceId: WEB_PROD_01, ImageName: 'busy-2' })).toMatch(/^m-/);
  });
});
