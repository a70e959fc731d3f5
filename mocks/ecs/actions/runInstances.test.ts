import { call, describeDisks, describeSnapshots, instanceById, makeEmulator } from '../testkit';
import {
  ALINUX3,
  BASELINE_DATA_SNAPSHOT,
  RUN_BASE,
  SG_WEB,
  SNAP_WEB_DATA,
  VSW_I,
  WEB_PROD_BASELINE,
  runInstances,
} from '../testkitImageLife';

interface DiskRow {
  Type: string;
  Device: string;
  Size: number;
  Category: string;
  SourceSnapshotId: string;
  ImageId: string;
}

function disksOf(emulator: ReturnType<typeof makeEmulator>, instanceId: string): DiskRow[] {
  return describeDisks(emulator, { InstanceId: instanceId }).Disks.Disk as unknown as DiskRow[];
}

describe('RunInstances', () => {
  it('creates an instance from a full image: Pending, Starting after 5 s, Running after 20 s', () => {
    const emulator = makeEmulator();
    const [instanceId] = runInstances(emulator);
    expect(instanceId).toMatch(/^i-bp1[a-z0-9]{17}$/);
    const id = instanceId as string;
    expect(instanceById(emulator, id)).toMatchObject({ Status: 'Pending', InstanceName: 'from-baseline', ImageId: WEB_PROD_BASELINE, ZoneId: 'cn-hangzhou-h' });
    emulator.clock.advance(5);
    expect(instanceById(emulator, id).Status).toBe('Starting');
    emulator.clock.advance(14);
    expect(instanceById(emulator, id).Status).toBe('Starting');
    emulator.clock.advance(1);
    expect(instanceById(emulator, id).Status).toBe('Running');
  });

  it('brings the image’s data disks along by mount device, with SourceSnapshotId, after a default 40 GiB system disk', () => {
    const emulator = makeEmulator();
    const [id] = runInstances(emulator);
    const disks = disksOf(emulator, id as string);
    expect(disks.map((disk) => [disk.Type, disk.Device, disk.Size, disk.SourceSnapshotId])).toEqual([
      ['system', '/dev/xvda', 40, ''],
      ['data', '/dev/xvdb', 100, BASELINE_DATA_SNAPSHOT],
      ['data', '/dev/xvdc', 200, 's-bp1i7g0nr3ulm16c8e8v'],
    ]);
    expect(disks[0]?.ImageId).toBe(WEB_PROD_BASELINE);
    // The data snapshots now back an image and disks.
    expect(describeSnapshots(emulator, { SnapshotIds: JSON.stringify([BASELINE_DATA_SNAPSHOT]) }).Snapshots.Snapshot[0]?.Usage).toBe('image_disk');
  });

  it('grows an image data disk addressed by DataDisk.N.Device and adds extra disks on the next devices', () => {
    const emulator = makeEmulator();
    const [id] = runInstances(emulator, {
      'SystemDisk.Size': '80',
      'SystemDisk.Category': 'cloud_auto',
      'DataDisk.1.Device': '/dev/xvdc',
      'DataDisk.1.Size': '250',
      'DataDisk.2.Size': '30',
      'DataDisk.3.SnapshotId': SNAP_WEB_DATA,
    });
    expect(disksOf(emulator, id as string).map((disk) => [disk.Device, disk.Size, disk.Category, disk.SourceSnapshotId])).toEqual([
      ['/dev/xvda', 80, 'cloud_auto', ''],
      ['/dev/xvdb', 100, 'cloud_essd', BASELINE_DATA_SNAPSHOT],
      ['/dev/xvdc', 250, 'cloud_essd', 's-bp1i7g0nr3ulm16c8e8v'],
      ['/dev/xvdd', 30, 'cloud_essd', ''],
      ['/dev/xvde', 100, 'cloud_essd', SNAP_WEB_DATA],
    ]);
  });

  it('creates Amount instances with private IPs from the vSwitch CIDR, skipping used ones', () => {
    const emulator = makeEmulator();
    const ids = runInstances(emulator, { Amount: '3', ImageId: ALINUX3, VSwitchId: VSW_I, ZoneId: 'cn-hangzhou-i', SecurityGroupId: SG_WEB, UniqueSuffix: 'true' });
    expect(ids).toHaveLength(3);
    const instances = ids.map((id) => instanceById(emulator, id));
    expect(instances.map((instance) => instance.VpcAttributes.PrivateIpAddress.IpAddress[0])).toEqual(['172.16.2.3', '172.16.2.4', '172.16.2.5']);
    expect(instances.map((instance) => instance.InstanceName)).toEqual(['from-baseline001', 'from-baseline002', 'from-baseline003']);
    expect(disksOf(emulator, ids[0] as string).map((disk) => disk.Type)).toEqual(['system']);
  });

  it('gives a public IP only with InternetMaxBandwidthOut, and names the instance by its ID by default', () => {
    const emulator = makeEmulator();
    const [withIp] = runInstances(emulator, { InternetMaxBandwidthOut: '5', InstanceName: '' });
    const instance = instanceById(emulator, withIp as string);
    expect(instance.PublicIpAddress.IpAddress[0]).toMatch(/^47\.9[6-9]\.\d+\.\d+$/);
    expect(instance.InstanceName).toBe(withIp);
    const [without] = runInstances(emulator);
    expect(instanceById(emulator, without as string).PublicIpAddress.IpAddress).toEqual([]);
  });

  it('replays the first answer for the same ClientToken and refuses it with other parameters', () => {
    const emulator = makeEmulator();
    const first = runInstances(emulator, { ClientToken: 'run-once-1' });
    expect(runInstances(emulator, { ClientToken: 'run-once-1' })).toEqual(first);
    expect(call<{ TotalCount: number }>(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', ImageId: WEB_PROD_BASELINE }).TotalCount).toBe(1);
    expect(() => runInstances(emulator, { ClientToken: 'run-once-1', Amount: '2' })).toThrow(
      expect.objectContaining({ code: 'IdempotentParameterMismatch', status: 400 }),
    );
  });

  it('answers DryRun with DryRunOperation and creates nothing', () => {
    const emulator = makeEmulator();
    expect(() => runInstances(emulator, { DryRun: 'true' })).toThrow(expect.objectContaining({ code: 'DryRunOperation' }));
    expect(call<{ TotalCount: number }>(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou' }).TotalCount).toBe(14);
  });

  it('makes the image “in use” (DescribeImages Usage instance)', () => {
    const emulator = makeEmulator();
    runInstances(emulator, RUN_BASE);
    const [image] = call<{ Images: { Image: { Usage: string }[] } }>(emulator, 'DescribeImages', {
      RegionId: 'cn-hangzhou',
      ImageId: WEB_PROD_BASELINE,
    }).Images.Image;
    expect(image?.Usage).toBe('instance');
  });
});
