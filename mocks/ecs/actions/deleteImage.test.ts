import { call, describeImages, describeSnapshots, makeEmulator } from '../testkit';
import {
  BASELINE_DATA_SNAPSHOT,
  BASELINE_SYS_SNAPSHOT,
  DB_MIGRATION_TEST,
  SNAP_WEB_LOGS,
  SNAP_WEB_SYS,
  WEB_PROD_BASELINE,
  createImageFrom,
  refusal,
  runInstances,
} from '../testkitImageLife';
import type { Emulator } from '../types';

const deleteImage = (emulator: Emulator, params: Record<string, string>) =>
  call(emulator, 'DeleteImage', { RegionId: 'cn-hangzhou', ImageId: WEB_PROD_BASELINE, ...params });
const customImageIds = (emulator: Emulator) =>
  describeImages(emulator, { Status: 'ALL', ImageOwnerAlias: 'self' }).Images.Image.map((image) => image.ImageId);
const usageOf = (emulator: Emulator, snapshotId: string) =>
  describeSnapshots(emulator, { SnapshotIds: JSON.stringify([snapshotId]) }).Snapshots.Snapshot[0]?.Usage;

describe('DeleteImage', () => {
  it('deletes a custom image and keeps its snapshots, now Usage none', () => {
    const emulator = makeEmulator();
    expect(deleteImage(emulator, {})).toEqual({});
    expect(customImageIds(emulator)).toEqual([DB_MIGRATION_TEST]);
    expect(usageOf(emulator, BASELINE_SYS_SNAPSHOT)).toBe('none');
    expect(usageOf(emulator, BASELINE_DATA_SNAPSHOT)).toBe('none');
  });

  it('keeps Usage disk for a snapshot a disk was also made from', () => {
    const emulator = makeEmulator();
    const imageId = createImageFrom(emulator, { 'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_SYS, 'DiskDeviceMapping.2.SnapshotId': SNAP_WEB_LOGS });
    emulator.clock.advance(5);
    expect(usageOf(emulator, SNAP_WEB_LOGS)).toBe('image_disk');
    deleteImage(emulator, { ImageId: imageId });
    expect(usageOf(emulator, SNAP_WEB_LOGS)).toBe('disk');
  });

  it('refuses while instances run from it unless Force', () => {
    const emulator = makeEmulator();
    runInstances(emulator);
    expect(refusal(emulator, 'DeleteImage', { RegionId: 'cn-hangzhou', ImageId: WEB_PROD_BASELINE })).toEqual({
      status: 403,
      code: 'ImageUsingByInstance',
    });
    deleteImage(emulator, { Force: 'true' });
    expect(customImageIds(emulator)).not.toContain(WEB_PROD_BASELINE);
  });

  it('refuses an image still Creating (IncorrectImageStatus 403) and one being exported (ImageIsExporting 403)', () => {
    const emulator = makeEmulator();
    const creating = createImageFrom(emulator, { SnapshotId: SNAP_WEB_SYS });
    expect(refusal(emulator, 'DeleteImage', { RegionId: 'cn-hangzhou', ImageId: creating })).toEqual({ status: 403, code: 'IncorrectImageStatus' });
    call(emulator, 'ExportImage', { RegionId: 'cn-hangzhou', ImageId: WEB_PROD_BASELINE, OSSBucket: 'ecs-exports' });
    expect(refusal(emulator, 'DeleteImage', { RegionId: 'cn-hangzhou', ImageId: WEB_PROD_BASELINE })).toEqual({ status: 403, code: 'ImageIsExporting' });
  });

  it('deletes a failed image, ignores an unknown one, and answers DryRun without deleting', () => {
    const emulator = makeEmulator();
    expect(refusal(emulator, 'DeleteImage', { RegionId: 'cn-hangzhou', ImageId: WEB_PROD_BASELINE, DryRun: 'true' }).code).toBe('DryRunOperation');
    expect(customImageIds(emulator)).toContain(WEB_PROD_BASELINE);
    deleteImage(emulator, { ImageId: DB_MIGRATION_TEST });
    expect(deleteImage(emulator, { ImageId: 'm-bp1doesnotexist000000' })).toEqual({});
    expect(customImageIds(emulator)).toEqual([WEB_PROD_BASELINE]);
    expect(refusal(emulator, 'DeleteImage', { RegionId: 'cn-hangzhou' })).toEqual({ status: 400, code: 'MissingParameter' });
  });
});
