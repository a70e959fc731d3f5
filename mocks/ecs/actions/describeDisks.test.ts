import { DB_STAGING_02, WEB_PROD_01, callError, describeDisks, errorOf, makeEmulator } from '../testkit';

const HANGZHOU_DISK_COUNT = 24;

describe('DescribeDisks', () => {
  it('lists an instance’s disks, system first, in ECS shape', () => {
    const disks = describeDisks(makeEmulator(), { InstanceId: WEB_PROD_01 }).Disks.Disk;
    expect(disks.map((disk) => [disk.Type, disk.Category, disk.Size, disk.Device, disk.Status, disk.InstanceId])).toEqual([
      ['system', 'cloud_essd', 40, '/dev/xvda', 'In_use', WEB_PROD_01],
      ['data', 'cloud_essd', 100, '/dev/xvdb', 'In_use', WEB_PROD_01],
      ['data', 'cloud_essd', 200, '/dev/xvdc', 'In_use', WEB_PROD_01],
    ]);
    expect(disks.every((disk) => /^d-bp1[a-z0-9]{17}$/.test(disk.DiskId))).toBe(true);
  });

  it('filters by DiskType (all, system, data) and refuses other values', () => {
    const emulator = makeEmulator();
    expect(describeDisks(emulator, { InstanceId: WEB_PROD_01, DiskType: 'data' }).Disks.Disk.map((disk) => disk.Size)).toEqual([100, 200]);
    expect(describeDisks(emulator, { InstanceId: WEB_PROD_01, DiskType: 'system' }).TotalCount).toBe(1);
    expect(describeDisks(emulator, { InstanceId: DB_STAGING_02, DiskType: 'data' }).TotalCount).toBe(0);
    expect(errorOf(callError(emulator, 'DescribeDisks', { RegionId: 'cn-hangzhou', DiskType: 'root' }))).toEqual({
      status: 400,
      code: 'InvalidDiskType.ValueNotSupported',
    });
  });

  it('finds disks by DiskIds (JSON array) and refuses more than 100 IDs', () => {
    const emulator = makeEmulator();
    const response = describeDisks(emulator, { DiskIds: JSON.stringify(['d-bp1ex3itkgvx76iye3ml', 'd-bp1unknown0000000000']) });
    expect(response.Disks.Disk.map((disk) => disk.InstanceId)).toEqual([DB_STAGING_02]);
    const tooMany = JSON.stringify(Array.from({ length: 101 }, (_, index) => `d-bp1${index}`));
    expect(errorOf(callError(emulator, 'DescribeDisks', { RegionId: 'cn-hangzhou', DiskIds: tooMany }))).toEqual({
      status: 403,
      code: 'InvalidDiskIds.Malformed',
    });
  });

  it('filters by Category', () => {
    const disks = describeDisks(makeEmulator(), { Category: 'cloud_auto' }).Disks.Disk;
    expect(disks.map((disk) => disk.Size).sort((a, b) => a - b)).toEqual([40, 300]);
  });

  it('pages by MaxResults between 10 and 500, and by PageNumber / PageSize', () => {
    const emulator = makeEmulator();
    const first = describeDisks(emulator, { MaxResults: '3' });
    expect(first.Disks.Disk).toHaveLength(10);
    expect(first.TotalCount).toBe(HANGZHOU_DISK_COUNT);
    const rest = describeDisks(emulator, { MaxResults: '500', NextToken: first.NextToken ?? '' });
    expect(rest.Disks.Disk).toHaveLength(HANGZHOU_DISK_COUNT - 10);
    expect(rest.NextToken).toBe('');
    expect(describeDisks(emulator, { PageNumber: '3', PageSize: '10' }).Disks.Disk).toHaveLength(4);
  });
});
