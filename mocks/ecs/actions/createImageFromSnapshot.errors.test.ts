import { makeEmulator } from '../testkit';
import {
  BASELINE_SYS_SNAPSHOT,
  SNAP_DB_SYS,
  SNAP_REDIS_PROGRESSING,
  SNAP_WEB_DATA,
  SNAP_WEB_SYS,
  createImageFrom,
  refusal,
} from '../testkitImageLife';

const refuse = (params: Record<string, string>) => refusal(makeEmulator(), 'CreateImage', { RegionId: 'cn-hangzhou', ...params });
const system = { 'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_SYS };

describe('CreateImage from snapshots: refusals with ECS codes', () => {
  it('refuses an unknown snapshot (404) and one not yet accomplished (403)', () => {
    expect(refuse({ SnapshotId: 's-bp1doesnotexist000000' })).toEqual({ status: 404, code: 'InvalidSnapshotId.NotFound' });
    expect(refuse({ ...system, 'DiskDeviceMapping.2.SnapshotId': SNAP_REDIS_PROGRESSING })).toEqual({
      status: 403,
      code: 'InvalidSnapshotId.NotReady',
    });
  });

  it('accepts the progressing snapshot once it is accomplished (28 min after the account’s first request)', () => {
    const emulator = makeEmulator();
    expect(refusal(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', ...system, 'DiskDeviceMapping.2.SnapshotId': SNAP_REDIS_PROGRESSING }).code).toBe(
      'InvalidSnapshotId.NotReady',
    );
    emulator.clock.advance(1679);
    expect(refusal(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', ...system, 'DiskDeviceMapping.2.SnapshotId': SNAP_REDIS_PROGRESSING }).code).toBe(
      'InvalidSnapshotId.NotReady',
    );
    emulator.clock.advance(1);
    expect(createImageFrom(emulator, { ...system, 'DiskDeviceMapping.2.SnapshotId': SNAP_REDIS_PROGRESSING })).toMatch(/^m-bp1/);
  });

  it('refuses a data-disk SnapshotId as the image source: OperationDenied “not from system disk” (403)', () => {
    const emulator = makeEmulator();
    const error = refusal(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', SnapshotId: SNAP_WEB_DATA });
    expect(error).toEqual({ status: 403, code: 'OperationDenied' });
  });

  it('needs exactly one system snapshot', () => {
    expect(refuse({ 'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_DATA })).toEqual({ status: 400, code: 'OperationDenied' });
    expect(refuse({ ...system, 'DiskDeviceMapping.2.SnapshotId': SNAP_DB_SYS })).toEqual({ status: 400, code: 'OperationDenied' });
    expect(refuse({ 'DiskDeviceMapping.1.DiskType': 'system', 'DiskDeviceMapping.1.Size': '40' })).toEqual({
      status: 403,
      code: 'InvalidSystemSnapshot.Missing',
    });
  });

  it('allows 16 data disks and refuses a 17th', () => {
    const sixteen: Record<string, string> = { ...system };
    for (let n = 2; n <= 17; n += 1) sixteen[`DiskDeviceMapping.${n}.Size`] = '20';
    expect(createImageFrom(makeEmulator(), sixteen)).toMatch(/^m-/);
    expect(refuse({ ...sixteen, 'DiskDeviceMapping.18.Size': '20' })).toEqual({ status: 400, code: 'InvalidParameter' });
  });

  it.each([
    ['an empty data disk below 20 GiB', { 'DiskDeviceMapping.2.Size': '19' }],
    ['an empty data disk above 32768 GiB', { 'DiskDeviceMapping.2.Size': '32769' }],
    ['a data disk smaller than its snapshot', { 'DiskDeviceMapping.2.SnapshotId': SNAP_WEB_DATA, 'DiskDeviceMapping.2.Size': '99' }],
    ['a system disk smaller than its snapshot', { 'DiskDeviceMapping.1.Size': '39' }],
    ['a size that is not a number', { 'DiskDeviceMapping.2.Size': 'big' }],
  ])('refuses %s with InvalidSize.ValueNotSupported (400)', (_label, extra) => {
    expect(refuse({ ...system, ...extra })).toEqual({ status: 400, code: 'InvalidSize.ValueNotSupported' });
  });

  it.each([
    ['a system disk not on /dev/xvda', { 'DiskDeviceMapping.1.Device': '/dev/xvdb' }, 'InvalidDevice.Malformed'],
    ['a data disk on /dev/xvda', { 'DiskDeviceMapping.2.Device': '/dev/xvda' }, 'InvalidDevice.Malformed'],
    ['a data disk on /dev/sdb', { 'DiskDeviceMapping.2.Device': '/dev/sdb' }, 'InvalidDevice.Malformed'],
    ['two data disks on one device', { 'DiskDeviceMapping.2.Device': '/dev/xvdc', 'DiskDeviceMapping.3.Device': '/dev/xvdc' }, 'InvalidDevice.InUse'],
  ])('refuses %s', (_label, extra, code) => {
    expect(refuse({ ...system, 'DiskDeviceMapping.2.Size': '20', 'DiskDeviceMapping.3.Size': '20', ...extra })).toEqual({ status: 400, code });
  });

  it('refuses an unknown DiskType and an unknown mapping field', () => {
    expect(refuse({ ...system, 'DiskDeviceMapping.1.DiskType': 'root' })).toEqual({ status: 400, code: 'InvalidDiskType.ValueNotSupported' });
    expect(refuse({ ...system, 'DiskDeviceMapping.1.Colour': 'red' })).toEqual({ status: 400, code: 'InvalidParameter' });
  });

  it('applies the usual name, quota and resource group rules', () => {
    expect(refuse({ ...system, ImageName: 'web-prod-baseline' })).toEqual({ status: 400, code: 'InvalidImageName.Duplicated' });
    expect(refuse({ ...system, ResourceGroupId: 'rg-nope' })).toEqual({ status: 404, code: 'InvalidResourceGroup.NotFound' });
    expect(refuse({ ...system, Architecture: 'sparc' })).toEqual({ status: 400, code: 'InvalidArchitecture.Malformed' });
    expect(refuse({ ...system, Platform: 'Plan 9' })).toEqual({ status: 400, code: 'InvalidPlatform.Malformed' });
  });

  it('accepts a snapshot that already backs an image', () => {
    expect(createImageFrom(makeEmulator(), { SnapshotId: BASELINE_SYS_SNAPSHOT })).toMatch(/^m-/);
  });
});
