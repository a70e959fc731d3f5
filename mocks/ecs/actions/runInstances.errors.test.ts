import { instanceById, makeEmulator } from '../testkit';
import {
  ALINUX3_ARM,
  DB_MIGRATION_TEST,
  RUN_BASE,
  SG_LEGACY,
  SNAP_DB_SYS,
  SNAP_REDIS_PROGRESSING,
  SNAP_WEB_DATA,
  VSW_I,
  VSW_LEGACY_H,
  WIN2022,
  createImageFrom,
  refusal,
  runInstances,
} from '../testkitImageLife';

const refuse = (params: Record<string, string>) => refusal(makeEmulator(), 'RunInstances', { ...RUN_BASE, ...params });

describe('RunInstances refusals, with ECS codes', () => {
  it('requires ImageId, InstanceType, VSwitchId and SecurityGroupId', () => {
    expect(refuse({ ImageId: '' })).toEqual({ status: 400, code: 'MissingParameter' });
    expect(refuse({ InstanceType: '' })).toEqual({ status: 400, code: 'MissingParameter' });
    expect(refuse({ VSwitchId: '' })).toEqual({ status: 400, code: 'MissingParameter' });
    expect(refuse({ SecurityGroupId: '' })).toEqual({ status: 400, code: 'MissingParameter' });
  });

  it('refuses an unknown image (404) and one that is not Available', () => {
    expect(refuse({ ImageId: 'm-bp1doesnotexist000000' })).toEqual({ status: 404, code: 'InvalidImageId.NotFound' });
    expect(refuse({ ImageId: DB_MIGRATION_TEST })).toEqual({ status: 400, code: 'IncorrectImageStatus' });
    const emulator = makeEmulator();
    const creating = createImageFrom(emulator, { SnapshotId: SNAP_DB_SYS });
    expect(refusal(emulator, 'RunInstances', { ...RUN_BASE, ImageId: creating }).code).toBe('IncorrectImageStatus');
    emulator.clock.advance(5);
    expect(runInstances(emulator, { ImageId: creating })).toHaveLength(1);
  });

  it('refuses an unknown instance type and an image of another architecture', () => {
    expect(refuse({ InstanceType: 'ecs.x9.huge' })).toEqual({ status: 400, code: 'InvalidInstanceType.ValueNotSupported' });
    expect(refuse({ InstanceType: 'ecs.g8y.large' })).toEqual({ status: 400, code: 'InvalidParameter.Conflict' });
    expect(refuse({ ImageId: ALINUX3_ARM })).toEqual({ status: 400, code: 'InvalidParameter.Conflict' });
  });

  it('checks the network: vSwitch exists, zone matches it, security group in its VPC', () => {
    expect(refuse({ VSwitchId: 'vsw-bp1doesnotexist00000' })).toEqual({ status: 404, code: 'InvalidVSwitchId.NotFound' });
    expect(refuse({ VSwitchId: VSW_I })).toEqual({ status: 400, code: 'InvalidParameter.Mismatch' });
    expect(refuse({ ZoneId: 'cn-hangzhou-z' })).toEqual({ status: 404, code: 'InvalidZoneId.NotFound' });
    expect(refuse({ SecurityGroupId: 'sg-bp1doesnotexist000000' })).toEqual({ status: 404, code: 'InvalidSecurityGroupId.NotFound' });
    expect(refuse({ SecurityGroupId: SG_LEGACY })).toEqual({ status: 400, code: 'InvalidParameter.Mismatch' });
    // A vSwitch and security group of the same (legacy) VPC are fine.
    const emulator = makeEmulator();
    const [id] = runInstances(emulator, { VSwitchId: VSW_LEGACY_H, SecurityGroupId: SG_LEGACY });
    expect(instanceById(emulator, id as string).VpcAttributes.PrivateIpAddress.IpAddress).toEqual(['192.168.1.3']);
  });

  it('checks credentials: password rules, known key pair, no key pair on Windows', () => {
    expect(refuse({ Password: 'short1!' })).toEqual({ status: 400, code: 'InvalidPassword.Malformed' });
    expect(refuse({ Password: 'alllowercase' })).toEqual({ status: 400, code: 'InvalidPassword.Malformed' });
    expect(refuse({ KeyPairName: 'nobody' })).toEqual({ status: 404, code: 'InvalidKeyPairName.NotFound' });
    expect(refuse({ ImageId: WIN2022, KeyPairName: 'ops-2025' })).toEqual({ status: 403, code: 'DependencyViolation.WindowsInstance' });
  });

  it('checks the name, the amount, the bandwidth and the charge type', () => {
    expect(refuse({ InstanceName: '1-starts-with-digit' })).toEqual({ status: 400, code: 'InvalidInstanceName.Malformed' });
    expect(refuse({ Amount: '0' })).toEqual({ status: 400, code: 'InvalidParameter' });
    expect(refuse({ Amount: '101' })).toEqual({ status: 400, code: 'InvalidParameter' });
    expect(refuse({ InternetMaxBandwidthOut: '101' })).toEqual({ status: 400, code: 'InvalidInternetMaxBandwidthOut.Malformed' });
    expect(refuse({ InstanceChargeType: 'Spot' })).toEqual({ status: 404, code: 'InvalidInstanceChargeType.NotFound' });
  });

  it('checks the system disk against the image size and ECS’s range', () => {
    expect(refuse({ 'SystemDisk.Size': '39' })).toEqual({ status: 404, code: 'InvalidSystemDiskSize.LessThanImageSize' });
    expect(refuse({ ImageId: 'aliyun_3_x64_20G_alibase_20250117.vhd', 'SystemDisk.Size': '19' })).toEqual({
      status: 404,
      code: 'InvalidSystemDiskSize.LessThanImageSize',
    });
    expect(refuse({ 'SystemDisk.Size': '2049' })).toEqual({ status: 400, code: 'InvalidSystemDiskSize.ValueNotSupported' });
    expect(refuse({ 'SystemDisk.Category': 'floppy' })).toEqual({ status: 400, code: 'InvalidSystemDiskCategory.ValueNotSupported' });
  });

  it('never shrinks an image data disk and only addresses the image’s devices', () => {
    expect(refuse({ 'DataDisk.1.Device': '/dev/xvdb', 'DataDisk.1.Size': '99' })).toEqual({ status: 403, code: 'InvalidDiskSize.TooSmall' });
    expect(refuse({ 'DataDisk.1.Device': '/dev/xvdq', 'DataDisk.1.Size': '50' })).toEqual({ status: 400, code: 'InvalidDataDevice.Malformed' });
    expect(refuse({ 'DataDisk.1.Device': '/dev/xvdb', 'DataDisk.2.Device': '/dev/xvdb' })).toEqual({ status: 403, code: 'InvalidDevice.InUse' });
  });

  it('checks extra data disks: size, snapshot, count', () => {
    expect(refuse({ 'DataDisk.1.Size': '19' })).toEqual({ status: 400, code: 'InvalidDataDiskSize.ValueNotSupported' });
    expect(refuse({ 'DataDisk.1.Category': 'cloud_essd' })).toEqual({ status: 400, code: 'InvalidDataDiskSize.ValueNotSupported' });
    expect(refuse({ 'DataDisk.1.SnapshotId': SNAP_WEB_DATA, 'DataDisk.1.Size': '50' })).toEqual({ status: 403, code: 'InvalidDiskSize.TooSmall' });
    expect(refuse({ 'DataDisk.1.SnapshotId': 's-bp1doesnotexist000000' })).toEqual({ status: 404, code: 'InvalidDataDiskSnapshotId.NotFound' });
    expect(refuse({ 'DataDisk.1.SnapshotId': SNAP_REDIS_PROGRESSING })).toEqual({ status: 403, code: 'InvalidSnapshotId.NotReady' });
    expect(refuse({ 'DataDisk.1.SnapshotId': SNAP_DB_SYS })).toEqual({ status: 403, code: 'InvalidSnapshotId.NotDataDiskSnapshot' });
    expect(refuse({ 'DataDisk.17.Size': '20' })).toEqual({ status: 400, code: 'InstanceDiskNumber.LimitExceed' });
    // web-prod-baseline brings 2 data disks: 15 more make 17.
    const fifteen: Record<string, string> = {};
    for (let n = 1; n <= 15; n += 1) fifteen[`DataDisk.${n}.Size`] = '20';
    expect(refuse(fifteen)).toEqual({ status: 400, code: 'InstanceDiskNumber.LimitExceed' });
  });
});
