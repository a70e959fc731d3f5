import { inspect } from '../emulator';
import {
  ACCOUNT,
  CI_RUNNER_01,
  DB_STAGING_02,
  WEB_PROD_01,
  callError,
  createImage,
  describeSnapshots,
  errorOf,
  imageById,
  makeEmulator,
  snapshotsOfImage,
} from '../testkit';

describe('CreateImage from an instance', () => {
  it('answers with a new m- image ID at once and the image is Creating at 0%, not usable', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { ImageName: 'web-golden', Description: 'Golden image of web' });

    expect(imageId).toMatch(/^m-bp1[a-z0-9]{17}$/);
    const image = imageById(emulator, imageId);
    expect(image).toMatchObject({
      ImageName: 'web-golden',
      Description: 'Golden image of web',
      ImageOwnerAlias: 'self',
      Status: 'Creating',
      Progress: '0%',
      Usable: false,
      Size: 40,
      CreationTime: '2026-01-15T02:00:00Z',
    });
  });

  it('takes one Usage=image snapshot per disk, system then data, each progressing from 0%', () => {
    const emulator = makeEmulator();
    const image = imageById(emulator, createImage(emulator, { ImageName: 'web-full' }));

    const snapshots = snapshotsOfImage(emulator, image);
    expect(snapshots.map((snapshot) => [snapshot.SourceDiskType, snapshot.SourceDiskSize, snapshot.Status, snapshot.Progress])).toEqual([
      ['system', '40', 'progressing', '0%'],
      ['data', '100', 'progressing', '0%'],
      ['data', '200', 'progressing', '0%'],
    ]);
    expect(snapshots.every((snapshot) => snapshot.Usage === 'image' && snapshot.SnapshotType === 'user')).toBe(true);
    expect(snapshots.map((snapshot) => snapshot.SourceDiskId)).toEqual([
      'd-bp1y730cwrh6c2faz053',
      'd-bp140bmfxnk2l5uhquok',
      'd-bp14vmzvouidvsqkqc1h',
    ]);
  });

  it('maps every disk to a device: /dev/xvda for the system disk, /dev/xvdb.. for data, sizes as strings', () => {
    const emulator = makeEmulator();
    const image = imageById(emulator, createImage(emulator, { ImageName: 'web-devices' }));
    const snapshots = snapshotsOfImage(emulator, image);

    expect(image.DiskDeviceMappings.DiskDeviceMapping).toEqual([
      expect.objectContaining({ Device: '/dev/xvda', Type: 'system', Size: '40', SnapshotId: snapshots[0]?.SnapshotId }),
      expect.objectContaining({ Device: '/dev/xvdb', Type: 'data', Size: '100', SnapshotId: snapshots[1]?.SnapshotId }),
      expect.objectContaining({ Device: '/dev/xvdc', Type: 'data', Size: '200', SnapshotId: snapshots[2]?.SnapshotId }),
    ]);
  });

  it('an instance with only a system disk gives a one-snapshot image', () => {
    const emulator = makeEmulator();
    const image = imageById(emulator, createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'db-only' }));
    expect(image.DiskDeviceMappings.DiskDeviceMapping).toHaveLength(1);
    expect(describeSnapshots(emulator, { InstanceId: DB_STAGING_02, Status: 'progressing' }).TotalCount).toBe(1);
  });

  it('copies the OS facts of the image the instance runs', () => {
    const emulator = makeEmulator();
    const image = imageById(emulator, createImage(emulator, { InstanceId: CI_RUNNER_01, ImageName: 'runner' }));
    expect(image).toMatchObject({ OSType: 'linux', Platform: 'Ubuntu', OSName: 'Ubuntu  22.04 64位' });
  });

  it('stores Tag.N pairs in N order and returns them as Tags.Tag', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, {
      ImageName: 'tagged',
      'Tag.2.Key': 'team',
      'Tag.2.Value': 'web',
      'Tag.1.Key': 'env',
      'Tag.1.Value': 'prod',
      'Tag.3.Key': 'empty-value',
    });
    expect(imageById(emulator, imageId).Tags.Tag).toEqual([
      { TagKey: 'env', TagValue: 'prod' },
      { TagKey: 'team', TagValue: 'web' },
      { TagKey: 'empty-value', TagValue: '' },
    ]);
  });

  it('puts the image in the default resource group unless a known one is named', () => {
    const emulator = makeEmulator();
    const inDefault = createImage(emulator, { ImageName: 'rg-default' });
    const inProd = createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'rg-prod', ResourceGroupId: 'rg-acfmprod7wz3hk1b' });
    expect(imageById(emulator, inDefault).ResourceGroupId).toBe('rg-acfmdefault4ktq2xa');
    expect(imageById(emulator, inProd).ResourceGroupId).toBe('rg-acfmprod7wz3hk1b');
  });

  it('DryRun=true answers DryRunOperation after the checks pass and creates nothing', () => {
    const emulator = makeEmulator();
    const before = inspect(emulator, ACCOUNT);
    expect(errorOf(callError(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', InstanceId: WEB_PROD_01, ImageName: 'dry', DryRun: 'true' }))).toEqual({
      status: 400,
      code: 'DryRunOperation',
    });
    const after = inspect(emulator, ACCOUNT);
    expect(after.images).toHaveLength(before.images.length);
    expect(after.snapshots).toHaveLength(before.snapshots.length);
  });

  it('DryRun still reports a real problem instead of DryRunOperation', () => {
    const emulator = makeEmulator();
    const error = callError(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', InstanceId: WEB_PROD_01, ImageName: 'web-prod-baseline', DryRun: 'true' });
    expect(error.code).toBe('InvalidImageName.Duplicated');
  });

  it('allows no second image while the disks are still being snapshotted', () => {
    const emulator = makeEmulator();
    createImage(emulator, { ImageName: 'first' });
    const error = callError(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', InstanceId: WEB_PROD_01, ImageName: 'second' });
    expect(errorOf(error)).toEqual({ status: 403, code: 'IncorrectDiskStatus.CreatingSnapshot' });
    emulator.clock.advance(60);
    expect(createImage(emulator, { ImageName: 'second' })).toMatch(/^m-/);
  });
});
