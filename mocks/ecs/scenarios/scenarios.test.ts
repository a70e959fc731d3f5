// The named scenarios as an ECS client would notice them.
import { createEmulator, type SteerableEmulator } from '../emulator';
import { snapshotDurationMs } from '../pace';
import {
  ACCOUNT,
  DB_STAGING_02,
  HANGZHOU,
  WEB_PROD_01,
  call,
  callError,
  createImage,
  describeDisks,
  describeImages,
  describeInstances,
  errorOf,
  imageById,
  snapshotsOfImage,
} from '../testkit';
import { FAILURE_POINT } from './snapshotTwists';
import { largeRegionInstanceId, largeRegionInstanceName } from './largeRegion';

function makeSteerable(): SteerableEmulator {
  return createEmulator({ clock: 'manual', credentials: new Map([[ACCOUNT, 'secret-a']]) });
}

const customImages = (emulator: SteerableEmulator, regionId = HANGZHOU) =>
  describeImages(emulator, { RegionId: regionId, Status: 'ALL', ImageOwnerAlias: 'self', PageSize: '100' }).Images.Image;

describe('scenarios', () => {
  let emulator: SteerableEmulator;
  beforeEach(() => {
    emulator = makeSteerable();
  });

  it('starts with demo and lists every scenario with a description', () => {
    expect(emulator.steering.scenario()).toBe('demo');
    expect(emulator.steering.scenarios().map((scenario) => scenario.name)).toEqual([
      'demo',
      'empty',
      'large-region',
      'quota-nearly-reached',
      'slow-snapshots',
      'snapshot-failure',
    ]);
    expect(emulator.steering.scenarios().every((scenario) => scenario.description.length > 20)).toBe(true);
  });

  it('empty: no instances, disks, snapshots or custom images in any region; public images remain', () => {
    emulator.steering.useScenario('empty');
    for (const regionId of [HANGZHOU, 'ap-southeast-1', 'cn-beijing']) {
      expect(describeInstances(emulator, { RegionId: regionId }).TotalCount).toBe(0);
      expect(describeDisks(emulator, { RegionId: regionId }).TotalCount).toBe(0);
      expect(customImages(emulator, regionId)).toEqual([]);
    }
    expect(emulator.steering.state().account.counts).toEqual({ instances: 0, disks: 0, snapshots: 0, images: 0 });
    expect(describeImages(emulator, { ImageOwnerAlias: 'system' }).TotalCount).toBeGreaterThan(0);
  });

  it('reset goes back to the demo seed from any scenario', () => {
    emulator.steering.useScenario('empty');
    emulator.reset();
    expect(emulator.steering.scenario()).toBe('demo');
    expect(describeInstances(emulator, { InstanceName: 'web-prod-01' }).Instances.Instance).toHaveLength(1);
  });

  it('quota-nearly-reached: exactly one more custom image in cn-hangzhou, then QuotaExceed.Image', () => {
    emulator.steering.useScenario('quota-nearly-reached');
    createImage(emulator, { InstanceId: WEB_PROD_01, ImageName: 'the-last-one' });
    const error = callError(emulator, 'CreateImage', { RegionId: HANGZHOU, InstanceId: DB_STAGING_02, ImageName: 'one-too-many' });
    expect(errorOf(error)).toEqual({ status: 403, code: 'QuotaExceed.Image' });
  });

  it('slow-snapshots: a 40 GiB image takes ten times as long', () => {
    emulator.steering.useScenario('slow-snapshots');
    const imageId = createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'slow-one' });
    const normalSeconds = snapshotDurationMs(40) / 1000;
    emulator.clock.advance(normalSeconds * 5);
    expect(imageById(emulator, imageId)).toMatchObject({ Status: 'Creating', Progress: '50%' });
    emulator.clock.advance(normalSeconds * 5);
    expect(imageById(emulator, imageId)).toMatchObject({ Status: 'Available', Progress: '100%', Usable: true });
  });

  it('snapshot-failure: the next image fails with its snapshots; the one after succeeds', () => {
    emulator.steering.useScenario('snapshot-failure');
    const doomed = createImage(emulator, { InstanceId: WEB_PROD_01, ImageName: 'doomed' });
    const shortest = snapshotDurationMs(40);
    emulator.clock.advance((shortest * FAILURE_POINT) / 1000 - 1);
    expect(imageById(emulator, doomed).Status).toBe('Creating');
    emulator.clock.advance(2);
    const failed = imageById(emulator, doomed);
    expect(failed).toMatchObject({ Status: 'CreateFailed', Usable: false });
    expect(snapshotsOfImage(emulator, failed).map((snapshot) => snapshot.Status)).toEqual(['failed', 'failed', 'failed']);

    const retried = createImage(emulator, { InstanceId: WEB_PROD_01, ImageName: 'second-try' });
    emulator.clock.advance(600);
    expect(imageById(emulator, retried).Status).toBe('Available');
  });

  it('snapshot-failure also fails an image whose failure point passed before anyone looked', () => {
    emulator.steering.useScenario('snapshot-failure');
    const doomed = createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'unwatched' });
    emulator.clock.advance(3600);
    expect(imageById(emulator, doomed)).toMatchObject({ Status: 'CreateFailed' });
  });
});

describe('the large-region scenario', () => {
  let emulator: SteerableEmulator;
  beforeAll(() => {
    emulator = makeSteerable();
  });
  beforeEach(() => emulator.steering.useScenario('large-region'));

  it('has 10,000 instances in cn-hangzhou, most with data disks, and answers the first list fast', () => {
    const started = performance.now();
    const page = describeInstances(emulator, { MaxResults: '100' });
    const elapsed = performance.now() - started;
    expect(page.TotalCount).toBe(10_000);
    expect(page.Instances.Instance).toHaveLength(100);
    // Reset + the account's build + the first page: well under the console's 3 s polling interval.
    expect(elapsed).toBeLessThan(1500);
    const rows = emulator.steering.state({ regionId: HANGZHOU }).account.instances;
    const withData = rows.filter((row) => row.DataDiskCount > 0).length;
    expect(withData / rows.length).toBeGreaterThan(0.5);
  });

  it('is the same in every emulator: same IDs, names and order', () => {
    const other = makeSteerable();
    other.steering.useScenario('large-region');
    const ids = (e: SteerableEmulator) => describeInstances(e, { PageNumber: '37', PageSize: '50' }).Instances.Instance.map((i) => i.InstanceId);
    expect(ids(other)).toEqual(ids(emulator));
  });

  it('pages through by NextToken without repeats, and finds by name and by ID', () => {
    const seen = new Set<string>();
    let token: string | undefined;
    for (let page = 0; page < 5; page += 1) {
      const result = describeInstances(emulator, { MaxResults: '100', ...(token ? { NextToken: token } : {}) });
      for (const instance of result.Instances.Instance) seen.add(instance.InstanceId);
      token = result.NextToken;
    }
    expect(seen.size).toBe(500);
    expect(describeInstances(emulator, { InstanceName: '*04321*' }).Instances.Instance.map((i) => i.InstanceName)).toEqual([
      largeRegionInstanceName(4321),
    ]);
    const byId = describeInstances(emulator, { InstanceIds: JSON.stringify([largeRegionInstanceId(777)]) });
    expect(byId.Instances.Instance.map((i) => i.InstanceName)).toEqual([largeRegionInstanceName(777)]);
    const stopped = describeInstances(emulator, { Status: 'Stopped', MaxResults: '10' });
    expect(stopped.Instances.Instance.every((i) => i.Status === 'Stopped')).toBe(true);
  });

  it('rebuilds from scratch: a generated instance stopped before a reset is Running again after it', () => {
    const rows = emulator.steering.state({ regionId: HANGZHOU }).account.instances;
    const running = rows.find((row) => row.InstanceName.startsWith('api-') && row.Status === 'Running');
    if (!running) throw new Error('the large region has Running api- instances');
    call(emulator, 'StopInstance', { InstanceId: running.InstanceId });
    expect(describeInstances(emulator, { InstanceIds: JSON.stringify([running.InstanceId]) }).Instances.Instance[0]?.Status).toBe('Stopping');
    emulator.steering.useScenario('large-region');
    expect(describeInstances(emulator, { InstanceIds: JSON.stringify([running.InstanceId]) }).Instances.Instance[0]?.Status).toBe('Running');
  });
});
