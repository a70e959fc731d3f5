import { call, describeDisks, describeSnapshots, makeEmulator } from '../testkit';
import {
  BASELINE_SYS_SNAPSHOT,
  SNAP_REDIS_PROGRESSING,
  SNAP_WEB_DATA,
  SNAP_WEB_LOGS,
  WEB_PROD_BASELINE,
  refusal,
} from '../testkitImageLife';
import type { Emulator } from '../types';

const exists = (emulator: Emulator, snapshotId: string) =>
  describeSnapshots(emulator, { SnapshotIds: JSON.stringify([snapshotId]) }).TotalCount === 1;

describe('DeleteSnapshot (no RegionId: found through the endpoint’s region or every region)', () => {
  it('deletes a snapshot nothing uses', () => {
    const emulator = makeEmulator();
    expect(call(emulator, 'DeleteSnapshot', { SnapshotId: SNAP_WEB_DATA })).toEqual({});
    expect(exists(emulator, SNAP_WEB_DATA)).toBe(false);
  });

  it('refuses a snapshot an image is made of (SnapshotCreatedImage 403) until the image is deleted', () => {
    const emulator = makeEmulator();
    expect(refusal(emulator, 'DeleteSnapshot', { SnapshotId: BASELINE_SYS_SNAPSHOT })).toEqual({ status: 403, code: 'SnapshotCreatedImage' });
    call(emulator, 'DeleteImage', { RegionId: 'cn-hangzhou', ImageId: WEB_PROD_BASELINE });
    call(emulator, 'DeleteSnapshot', { SnapshotId: BASELINE_SYS_SNAPSHOT });
    expect(exists(emulator, BASELINE_SYS_SNAPSHOT)).toBe(false);
  });

  it('refuses a snapshot a disk was made from (SnapshotCreatedDisk 403) unless Force; the disk stays', () => {
    const emulator = makeEmulator();
    expect(refusal(emulator, 'DeleteSnapshot', { SnapshotId: SNAP_WEB_LOGS })).toEqual({ status: 403, code: 'SnapshotCreatedDisk' });
    call(emulator, 'DeleteSnapshot', { SnapshotId: SNAP_WEB_LOGS, Force: 'true' });
    expect(exists(emulator, SNAP_WEB_LOGS)).toBe(false);
    expect(describeDisks(emulator, { DiskIds: JSON.stringify(['d-bp1xl723jnvwa1pjtkeb']) }).TotalCount).toBe(1);
  });

  it('cancels a snapshot still progressing, ignores an unknown one, requires SnapshotId', () => {
    const emulator = makeEmulator();
    call(emulator, 'DeleteSnapshot', { SnapshotId: SNAP_REDIS_PROGRESSING });
    expect(exists(emulator, SNAP_REDIS_PROGRESSING)).toBe(false);
    expect(call(emulator, 'DeleteSnapshot', { SnapshotId: 's-bp1doesnotexist000000' })).toEqual({});
    expect(refusal(emulator, 'DeleteSnapshot', {})).toEqual({ status: 400, code: 'MissingParameter' });
  });

  it('searches only the endpoint’s region when the host names one', () => {
    const emulator = makeEmulator();
    call(emulator, 'DeleteSnapshot', { SnapshotId: SNAP_WEB_DATA }, { hostRegionId: 'ap-southeast-1' });
    expect(exists(emulator, SNAP_WEB_DATA)).toBe(true);
  });
});
