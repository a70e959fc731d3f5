import { call, describeSnapshots, imageById, makeEmulator } from '../testkit';
import {
  SNAP_DB_SYS,
  SNAP_WEB_DATA,
  SNAP_WEB_LOGS,
  SNAP_WEB_SYS,
  SNAP_WIN_SYS,
  createImageFrom,
} from '../testkitImageLife';

describe('CreateImage from snapshots', () => {
  it('makes a system-only image from a system SnapshotId, Creating for 5 s then Available', () => {
    const emulator = makeEmulator();
    const imageId = createImageFrom(emulator, { SnapshotId: SNAP_DB_SYS, ImageName: 'db-from-snapshot' });
    const creating = imageById(emulator, imageId);
    expect(creating).toMatchObject({ Status: 'Creating', Usable: false, Size: 40, OSType: 'linux', Platform: 'Ubuntu' });
    expect(creating.DiskDeviceMappings.DiskDeviceMapping).toEqual([
      expect.objectContaining({ Device: '/dev/xvda', Type: 'system', SnapshotId: SNAP_DB_SYS, Size: '40' }),
    ]);
    emulator.clock.advance(2);
    expect(imageById(emulator, imageId).Progress).toBe('40%');
    emulator.clock.advance(3);
    expect(imageById(emulator, imageId)).toMatchObject({ Status: 'Available', Progress: '100%', Usable: true });
  });

  it('makes a full image from DiskDeviceMapping: a system snapshot, a data snapshot and an empty data disk', () => {
    const emulator = makeEmulator();
    const imageId = createImageFrom(emulator, {
      ImageName: 'web-from-snapshots',
      'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_SYS,
      'DiskDeviceMapping.2.SnapshotId': SNAP_WEB_DATA,
      'DiskDeviceMapping.2.Size': '150',
      'DiskDeviceMapping.3.Size': '64',
    });
    const image = imageById(emulator, imageId);
    expect(image.DiskDeviceMappings.DiskDeviceMapping.map((mapping) => [mapping.Device, mapping.Type, mapping.SnapshotId, mapping.Size])).toEqual([
      ['/dev/xvda', 'system', SNAP_WEB_SYS, '40'],
      ['/dev/xvdb', 'data', SNAP_WEB_DATA, '150'],
      ['/dev/xvdc', 'data', '', '64'],
    ]);
    expect(image.Size).toBe(40);
  });

  it('gives an empty data disk 20 GiB by default and honours the devices asked for', () => {
    const emulator = makeEmulator();
    const imageId = createImageFrom(emulator, {
      'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_SYS,
      'DiskDeviceMapping.1.Device': '/dev/xvda',
      'DiskDeviceMapping.2.Device': '/dev/xvdd',
      'DiskDeviceMapping.3.SnapshotId': SNAP_WEB_DATA,
    });
    const mappings = imageById(emulator, imageId).DiskDeviceMappings.DiskDeviceMapping;
    expect(mappings.map((mapping) => [mapping.Device, mapping.SnapshotId, mapping.Size])).toEqual([
      ['/dev/xvda', SNAP_WEB_SYS, '40'],
      ['/dev/xvdb', SNAP_WEB_DATA, '100'],
      ['/dev/xvdd', '', '20'],
    ]);
  });

  it('lets a data-disk snapshot be the system disk when DiskType says system, with Platform and Architecture', () => {
    const emulator = makeEmulator();
    const imageId = createImageFrom(emulator, {
      'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_LOGS,
      'DiskDeviceMapping.1.DiskType': 'system',
      Platform: 'CentOS',
      Architecture: 'x86_64',
    });
    expect(imageById(emulator, imageId)).toMatchObject({ Size: 200, Platform: 'CentOS', OSType: 'linux' });
    const windows = createImageFrom(emulator, { SnapshotId: SNAP_WIN_SYS, ImageName: 'win-from-snapshot' });
    expect(imageById(emulator, windows).OSType).toBe('windows');
  });

  it('prefers InstanceId over DiskDeviceMapping over SnapshotId', () => {
    const emulator = makeEmulator();
    const fromMappings = createImageFrom(emulator, { SnapshotId: SNAP_DB_SYS, 'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_SYS });
    expect(imageById(emulator, fromMappings).DiskDeviceMappings.DiskDeviceMapping[0]?.SnapshotId).toBe(SNAP_WEB_SYS);
    const fromInstance = createImageFrom(emulator, { InstanceId: 'i-bp1s72s6ov5qm065gimb', SnapshotId: SNAP_WEB_SYS });
    expect(imageById(emulator, fromInstance).DiskDeviceMappings.DiskDeviceMapping[0]?.SnapshotId).not.toBe(SNAP_WEB_SYS);
  });

  it('turns the snapshots’ Usage to image (image_disk when a disk was also made from them), without new snapshots', () => {
    const emulator = makeEmulator();
    const before = describeSnapshots(emulator).TotalCount;
    createImageFrom(emulator, { 'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_SYS, 'DiskDeviceMapping.2.SnapshotId': SNAP_WEB_LOGS });
    const usage = (id: string) => describeSnapshots(emulator, { SnapshotIds: JSON.stringify([id]) }).Snapshots.Snapshot[0]?.Usage;
    expect(usage(SNAP_WEB_SYS)).toBe('image');
    expect(usage(SNAP_WEB_LOGS)).toBe('image_disk');
    expect(describeSnapshots(emulator).TotalCount).toBe(before);
  });

  it('answers a DryRun with DryRunOperation and creates nothing', () => {
    const emulator = makeEmulator();
    const error = (() => {
      try {
        call(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', SnapshotId: SNAP_DB_SYS, DryRun: 'true' });
      } catch (caught) {
        return caught as { code: string };
      }
      return undefined;
    })();
    expect(error?.code).toBe('DryRunOperation');
    expect(describeSnapshots(emulator, { SnapshotIds: JSON.stringify([SNAP_DB_SYS]) }).Snapshots.Snapshot[0]?.Usage).toBe('none');
  });
});
