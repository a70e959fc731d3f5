import type { Emulator } from '../types';
import {
  CI_RUNNER_01,
  DB_STAGING_02,
  WEB_PROD_01,
  call,
  createImage,
  describeImages,
  imageById,
  instanceById,
  makeEmulator,
  snapshotsOfImage,
} from '../testkit';

function percent(progress: string): number {
  return Number(progress.replace('%', ''));
}

/** The image's progress as its snapshots' progress weighted by disk size. */
function weightedSnapshotProgress(emulator: Emulator, imageId: string): number {
  const snapshots = snapshotsOfImage(emulator, imageById(emulator, imageId));
  const total = snapshots.reduce((sum, snapshot) => sum + Number(snapshot.SourceDiskSize), 0);
  const done = snapshots.reduce((sum, snapshot) => sum + percent(snapshot.Progress) * Number(snapshot.SourceDiskSize), 0);
  return Math.floor(done / total);
}

describe('an image follows its snapshots as the clock moves', () => {
  it('reports progress weighted by disk size while the snapshots run in parallel', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { ImageName: 'progress' });

    emulator.clock.advance(10);
    const snapshots = snapshotsOfImage(emulator, imageById(emulator, imageId));
    // The small system disk is furthest along; the 200 GiB disk least.
    const [system, data100, data200] = snapshots.map((snapshot) => percent(snapshot.Progress));
    expect(system).toBeGreaterThan(data100 ?? 0);
    expect(data100).toBeGreaterThan(data200 ?? 0);
    const image = imageById(emulator, imageId);
    expect(image.Status).toBe('Creating');
    expect(percent(image.Progress)).toBe(weightedSnapshotProgress(emulator, imageId));
    expect(percent(image.Progress)).toBeGreaterThan(0);
  });

  it('stays Creating and unusable while any snapshot is unfinished, even when others are accomplished', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { ImageName: 'partial' });

    emulator.clock.advance(30); // system (12.2 s) and 100 GiB (23 s) done; 200 GiB (41 s) not yet
    const statuses = snapshotsOfImage(emulator, imageById(emulator, imageId)).map((snapshot) => snapshot.Status);
    expect(statuses).toEqual(['accomplished', 'accomplished', 'progressing']);
    expect(imageById(emulator, imageId)).toMatchObject({ Status: 'Creating', Usable: false });
    expect(percent(imageById(emulator, imageId).Progress)).toBeLessThan(100);
  });

  it('becomes Available and Usable at 100% exactly when the last snapshot is accomplished', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { ImageName: 'finish' });

    emulator.clock.advance(40.9);
    expect(imageById(emulator, imageId).Status).toBe('Creating');
    emulator.clock.advance(0.1);
    expect(imageById(emulator, imageId)).toMatchObject({ Status: 'Available', Usable: true, Progress: '100%' });
    const snapshots = snapshotsOfImage(emulator, imageById(emulator, imageId));
    expect(snapshots.every((snapshot) => snapshot.Status === 'accomplished' && snapshot.Progress === '100%')).toBe(true);
    expect(snapshots.every((snapshot) => snapshot.RemainTime === 0)).toBe(true);
  });

  it('takes about a minute for an instance of 40 + 300 GiB at speed 1', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { InstanceId: CI_RUNNER_01, ImageName: 'runner-image' });

    emulator.clock.advance(45);
    expect(imageById(emulator, imageId).Status).toBe('Creating');
    emulator.clock.advance(15);
    expect(imageById(emulator, imageId).Status).toBe('Available');
  });

  it('counts down RemainTime in seconds on progressing snapshots', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'remain' });
    emulator.clock.advance(2);
    const [snapshot] = snapshotsOfImage(emulator, imageById(emulator, imageId));
    expect(snapshot?.RemainTime).toBe(11); // 5 s + 0.18 s x 40 GiB = 12.2 s, 2 s gone
  });
});

describe('changing the instance state mid-creation fails the image, as on ECS', () => {
  it('StopInstance succeeds, the image turns CreateFailed and its unfinished snapshots fail', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { ImageName: 'stopped-midway' });
    emulator.clock.advance(15); // system snapshot done, data snapshots running

    expect(call(emulator, 'StopInstance', { InstanceId: WEB_PROD_01 })).toEqual({});
    expect(instanceById(emulator, WEB_PROD_01).Status).toBe('Stopping');
    const image = imageById(emulator, imageId);
    expect(image).toMatchObject({ Status: 'CreateFailed', Usable: false });
    expect(snapshotsOfImage(emulator, image).map((snapshot) => snapshot.Status)).toEqual(['accomplished', 'failed', 'failed']);

    emulator.clock.advance(120);
    expect(imageById(emulator, imageId).Status).toBe('CreateFailed');
    expect(describeImages(emulator).Images.Image.map((listed) => listed.ImageId)).not.toContain(imageId);
  });

  it('StartInstance of a Stopped instance mid-creation fails that image too', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'started-midway' });
    call(emulator, 'StartInstance', { InstanceId: DB_STAGING_02 });
    expect(imageById(emulator, imageId).Status).toBe('CreateFailed');
  });

  it('RebootInstance mid-creation fails the image', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { ImageName: 'rebooted-midway' });
    call(emulator, 'RebootInstance', { InstanceId: WEB_PROD_01 });
    expect(imageById(emulator, imageId).Status).toBe('CreateFailed');
  });

  it('leaves finished images and images of other instances alone', () => {
    const emulator = makeEmulator();
    const finished = createImage(emulator, { ImageName: 'done-before-stop' });
    emulator.clock.advance(60);
    const otherInstance = createImage(emulator, { InstanceId: CI_RUNNER_01, ImageName: 'other-instance' });

    call(emulator, 'StopInstance', { InstanceId: WEB_PROD_01 });
    expect(imageById(emulator, finished).Status).toBe('Available');
    expect(imageById(emulator, otherInstance).Status).toBe('Creating');
  });
});
