import { exportImageResultSchema, taskSchema } from '../contract';
import { BASELINE_IMAGE, FAILED_IMAGE, WEB_SYSTEM_SNAPSHOT, advance, token } from './testing/imageLife';
import { HANGZHOU, call, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

/** A bucket the emulator's account owns (mocks/ecs/seed/README.md). */
const BUCKET = 'ecs-image-exports';
const exportImage = (imageId: string, body: Record<string, unknown>) =>
  call(harness.app, 'POST', `${HANGZHOU}/images/${imageId}/export`, body);
const task = (taskId: string) => call(harness.app, 'GET', `${HANGZHOU}/tasks/${taskId}`);

/** An Available image from snapshots with these empty data disks. */
async function imageWithDataDisks(sizes: number[]): Promise<string> {
  const created = await call(harness.app, 'POST', `${HANGZHOU}/images`, {
    imageName: `export-${sizes.length}-${sizes.join('-')}`,
    clientToken: token('export'),
    systemSnapshotId: WEB_SYSTEM_SNAPSHOT,
    dataDisks: sizes.map((sizeGiB) => ({ sizeGiB })),
  });
  expect(created.status).toBe(201);
  await advance(harness.app, 60);
  return created.json.imageId;
}

describe('exporting a custom image', () => {
  it('exports an image with data disks; its task goes from Processing to Finished', async () => {
    const started = await exportImage(BASELINE_IMAGE, { ossBucket: BUCKET, ossPrefix: 'webprod', format: 'qcow2' });
    expect(started.status).toBe(202);
    exportImageResultSchema.parse(started.json);

    const during = await task(started.json.taskId);
    expect(during.status).toBe(200);
    taskSchema.parse(during.json);
    expect(during.json).toMatchObject({ taskAction: 'ExportImage', taskStatus: 'Processing', resourceId: BASELINE_IMAGE });

    await advance(harness.app, 20);
    const halfway = await task(started.json.taskId);
    expect(halfway.json.taskStatus).toBe('Processing');
    expect(halfway.json.progress).toBeGreaterThan(during.json.progress);
    expect(halfway.json.progress).toBeLessThan(100);

    await advance(harness.app, 3600);
    const done = await task(started.json.taskId);
    expect(done.json).toMatchObject({ taskStatus: 'Finished', progress: 100 });
    expect(done.json.finishedTime).not.toBe('');
  });

  it('follows an export ECS cannot write to OSS to Failed', async () => {
    const started = await exportImage(BASELINE_IMAGE, { ossBucket: 'noaccess-exports' });
    expect(started.status).toBe(202);
    await advance(harness.app, 3600);
    expect((await task(started.json.taskId)).json.taskStatus).toBe('Failed');
  });

  it('refuses a second export of an image while the first runs (ImageIsExporting)', async () => {
    expect((await exportImage(BASELINE_IMAGE, { ossBucket: BUCKET })).status).toBe(202);
    const second = await exportImage(BASELINE_IMAGE, { ossBucket: BUCKET, format: 'vhd' });
    expect(second.status).toBe(409);
    expect(second.json.ecsCode).toBe('ImageIsExporting');
  });

  it.each([
    ['no bucket', { ossBucket: '' }, 'ossBucket'],
    ['a bucket name with capitals', { ossBucket: 'My_Bucket' }, 'ossBucket'],
    ['a bucket name starting with a hyphen', { ossBucket: '-exports' }, 'ossBucket'],
    ['a prefix with a slash', { ossBucket: BUCKET, ossPrefix: 'images/web' }, 'ossPrefix'],
    ['a prefix over 30 characters', { ossBucket: BUCKET, ossPrefix: 'a'.repeat(31) }, 'ossPrefix'],
    ['an unknown format', { ossBucket: BUCKET, format: 'iso' }, 'format'],
    ['a bucket ECS cannot find', { ossBucket: 'missing-exports' }, 'ossBucket'],
  ])('refuses %s with 400 naming the field', async (_label, body, field) => {
    const { status, json } = await exportImage(BASELINE_IMAGE, body);
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 'InvalidInput', field });
  });

  it.each([
    ['more than 4 data disks', [20, 20, 20, 20, 20], 'more than 4 data disks'],
    ['a data disk over 500 GiB', [600], 'larger than 500 GiB'],
  ])('refuses an image with %s before asking ECS', async (_label, sizes, words) => {
    const imageId = await imageWithDataDisks(sizes);
    const { status, json } = await exportImage(imageId, { ossBucket: BUCKET });
    expect(status).toBe(409);
    expect(json.message).toContain(words);
    expect(json.ecsCode).toBeUndefined();
  });

  it('exports an image with exactly 4 data disks of 500 GiB', async () => {
    const imageId = await imageWithDataDisks([500, 500, 500, 500]);
    expect((await exportImage(imageId, { ossBucket: BUCKET })).status).toBe(202);
  });

  it('refuses an image that is not Available, and answers unknown images and tasks with 404', async () => {
    const failed = await exportImage(FAILED_IMAGE, { ossBucket: BUCKET });
    expect(failed.status).toBe(409);
    expect(failed.json.message).toBe('Only Available images can be exported.');
    expect((await exportImage('m-doesnotexist000', { ossBucket: BUCKET })).status).toBe(404);
    expect((await task('t-doesnotexist000')).status).toBe(404);
  });
});
