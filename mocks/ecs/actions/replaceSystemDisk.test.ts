import { BILLING_LEGACY_04, DB_STAGING_02, SEC_AUDIT_03, WEB_PROD_01, call, callError, describeDisks, instanceById, makeEmulator } from '../testkit';
import { ALINUX3_ARM, DB_MIGRATION_TEST, SNAP_DB_SYS, SNAP_WEB_SYS, WEB_PROD_BASELINE, createImageFrom, refusal } from '../testkitImageLife';
import type { Emulator } from '../types';

const OLD_SYSTEM_DISK = 'd-bp1ex3itkgvx76iye3ml';

/** A system-only custom image, Available. */
function systemOnlyImage(emulator: Emulator): string {
  const imageId = createImageFrom(emulator, { SnapshotId: SNAP_WEB_SYS, ImageName: 'web-system-only' });
  emulator.clock.advance(5);
  return imageId;
}

function replace(emulator: Emulator, params: Record<string, string>): string {
  return call<{ DiskId: string }>(emulator, 'ReplaceSystemDisk', { InstanceId: DB_STAGING_02, ...params }).DiskId;
}

describe('ReplaceSystemDisk', () => {
  it('gives a Stopped instance a new system disk from a system-only image: new DiskId, old disk released, ImageId updated', () => {
    const emulator = makeEmulator();
    const imageId = systemOnlyImage(emulator);
    const diskId = replace(emulator, { ImageId: imageId, 'SystemDisk.Size': '60', Password: 'Passw0rd!2026' });
    expect(diskId).toMatch(/^d-bp1[a-z0-9]{17}$/);
    expect(diskId).not.toBe(OLD_SYSTEM_DISK);
    const disks = describeDisks(emulator, { InstanceId: DB_STAGING_02 }).Disks.Disk;
    expect(disks.map((disk) => [disk.DiskId, disk.Type, disk.Size, disk.Device, disk.Status])).toEqual([[diskId, 'system', 60, '/dev/xvda', 'In_use']]);
    expect(describeDisks(emulator, { DiskIds: JSON.stringify([OLD_SYSTEM_DISK]) }).TotalCount).toBe(0);
    const instance = instanceById(emulator, DB_STAGING_02);
    expect(instance).toMatchObject({ ImageId: imageId, Status: 'Stopped', OperationLocks: { LockReason: [] } });
    // The image came from web-prod-01's Alibaba Cloud Linux system disk.
    expect(instance.OSType).toBe('linux');
  });

  it('defaults the size to max(40, image size) and accepts public images', () => {
    const emulator = makeEmulator();
    const diskId = replace(emulator, { ImageId: 'aliyun_3_x64_20G_alibase_20250117.vhd' });
    expect(describeDisks(emulator, { DiskIds: JSON.stringify([diskId]) }).Disks.Disk[0]?.Size).toBe(40);
  });

  it('refuses an image that contains data-disk snapshots with OperationDenied (400) and ECS’s message', () => {
    const emulator = makeEmulator();
    const error = refusal(emulator, 'ReplaceSystemDisk', { InstanceId: DB_STAGING_02, ImageId: WEB_PROD_BASELINE });
    expect(error).toEqual({ status: 400, code: 'OperationDenied' });
    expect(callError(emulator, 'ReplaceSystemDisk', { InstanceId: DB_STAGING_02, ImageId: WEB_PROD_BASELINE }).message).toBe(
      'The specified image contains the snapshot of the data disk,does not support this operation.',
    );
    expect(describeDisks(emulator, { InstanceId: DB_STAGING_02 }).Disks.Disk[0]?.DiskId).toBe(OLD_SYSTEM_DISK);
  });

  it('needs a Stopped instance and refuses locked or expired ones', () => {
    const emulator = makeEmulator();
    const imageId = systemOnlyImage(emulator);
    expect(refusal(emulator, 'ReplaceSystemDisk', { InstanceId: WEB_PROD_01, ImageId: imageId })).toEqual({ status: 403, code: 'IncorrectInstanceStatus' });
    expect(refusal(emulator, 'ReplaceSystemDisk', { InstanceId: SEC_AUDIT_03, ImageId: imageId })).toEqual({ status: 403, code: 'InstanceLockedForSecurity' });
    expect(refusal(emulator, 'ReplaceSystemDisk', { InstanceId: BILLING_LEGACY_04, ImageId: imageId })).toEqual({
      status: 403,
      code: 'InstanceExpiredOrInArrears',
    });
    expect(refusal(emulator, 'ReplaceSystemDisk', { InstanceId: 'i-bp1doesnotexist000000', ImageId: imageId })).toEqual({
      status: 404,
      code: 'InvalidInstanceId.NotFound',
    });
  });

  it('checks the image and the size', () => {
    const emulator = makeEmulator();
    const refuse = (params: Record<string, string>) => refusal(emulator, 'ReplaceSystemDisk', { InstanceId: DB_STAGING_02, ...params });
    expect(refuse({})).toEqual({ status: 400, code: 'MissingParameter' });
    expect(refuse({ ImageId: 'm-bp1doesnotexist000000' })).toEqual({ status: 404, code: 'InvalidImageId.NotFound' });
    expect(refuse({ ImageId: DB_MIGRATION_TEST })).toEqual({ status: 400, code: 'IncorrectImageStatus' });
    expect(refuse({ ImageId: ALINUX3_ARM })).toEqual({ status: 403, code: 'ImageNotSupportInstanceType' });
    const imageId = systemOnlyImage(emulator);
    expect(refuse({ ImageId: imageId, 'SystemDisk.Size': '30' })).toEqual({ status: 404, code: 'InvalidSystemDiskSize.LessThanImageSize' });
    expect(refuse({ ImageId: imageId, 'SystemDisk.Size': '2049' })).toEqual({ status: 404, code: 'InvalidSystemDiskSize.MoreThanMaxSize' });
    expect(refuse({ ImageId: imageId, Password: 'weak' })).toEqual({ status: 400, code: 'InvalidPassword.Malformed' });
    expect(refuse({ ImageId: imageId, KeyPairName: 'nobody' })).toEqual({ status: 404, code: 'InvalidKeyPairName.NotFound' });
  });

  it('refuses while the system disk is being snapshotted (DiskCreatingSnapshot 403)', () => {
    const emulator = makeEmulator();
    const imageId = systemOnlyImage(emulator);
    call(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', InstanceId: DB_STAGING_02, ImageName: 'db-now' });
    expect(refusal(emulator, 'ReplaceSystemDisk', { InstanceId: DB_STAGING_02, ImageId: imageId })).toEqual({ status: 403, code: 'DiskCreatingSnapshot' });
  });

  it('replays the first DiskId for the same ClientToken, and answers DryRun without a change', () => {
    const emulator = makeEmulator();
    const imageId = createImageFrom(emulator, { SnapshotId: SNAP_DB_SYS });
    emulator.clock.advance(5);
    expect(refusal(emulator, 'ReplaceSystemDisk', { InstanceId: DB_STAGING_02, ImageId: imageId, DryRun: 'true' }).code).toBe('DryRunOperation');
    const first = replace(emulator, { ImageId: imageId, ClientToken: 'replace-1' });
    expect(replace(emulator, { ImageId: imageId, ClientToken: 'replace-1' })).toBe(first);
    expect(describeDisks(emulator, { InstanceId: DB_STAGING_02 }).Disks.Disk[0]?.DiskId).toBe(first);
  });
});
