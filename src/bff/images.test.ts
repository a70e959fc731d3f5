import {
  createImageResultSchema,
  imageBuildListSchema,
  imageListSchema,
  imageSchema,
  snapshotListSchema,
} from '../contract';
import { DB_STAGING_02, HANGZHOU, WEB_PROD_01, call, imageBody, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

const createImage = (instanceId: string, body: Record<string, unknown>) =>
  call(harness.app, 'POST', `${HANGZHOU}/instances/${instanceId}/images`, body);

describe('creating a custom image from an instance', () => {
  it('answers 201 with the image ID, shows it Creating, then Available with one snapshot per disk', async () => {
    const body = imageBody({ tags: [{ key: 'team', value: 'web' }] });
    const created = await createImage(WEB_PROD_01, body);
    expect(created.status).toBe(201);
    createImageResultSchema.parse(created.json);
    expect(created.json).toEqual({ imageId: expect.stringMatching(/^m-/), requestId: expect.any(String) });
    const { imageId } = created.json;

    await call(harness.app, 'POST', '/__mock/advance', { seconds: 5 });
    const list = await call(harness.app, 'GET', `${HANGZHOU}/images`);
    imageListSchema.parse(list.json);
    const creating = list.json.images.find((i: any) => i.imageId === imageId);
    expect(creating).toMatchObject({ imageName: body.imageName, status: 'Creating', usable: false });
    expect(creating.progress).toBeGreaterThanOrEqual(0);
    expect(creating.progress).toBeLessThan(100);
    expect(creating.tags).toEqual([{ key: 'team', value: 'web' }]);

    const advanced = await call(harness.app, 'POST', '/__mock/advance', { seconds: 120 });
    expect(advanced.json.now).toEqual(expect.any(String));

    const image = await call(harness.app, 'GET', `${HANGZHOU}/images/${imageId}`);
    imageSchema.parse(image.json);
    expect(image.json).toMatchObject({ status: 'Available', progress: 100, usable: true });
    expect(image.json.diskDeviceMappings).toHaveLength(3);

    const snapshots = await call(harness.app, 'GET', `${HANGZHOU}/images/${imageId}/snapshots`);
    expect(snapshots.status).toBe(200);
    snapshotListSchema.parse(snapshots.json);
    expect(snapshots.json.snapshots).toHaveLength(3);
    expect(snapshots.json.snapshots.map((s: any) => [s.sourceDiskType, s.sourceDiskSizeGiB, s.status, s.progress])).toEqual([
      ['system', 40, 'accomplished', 100],
      ['data', 100, 'accomplished', 100],
      ['data', 200, 'accomplished', 100],
    ]);
  });

  it('makes one image however often the same ClientToken is sent', async () => {
    const body = imageBody();
    const first = await createImage(WEB_PROD_01, body);
    const retry = await createImage(WEB_PROD_01, body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.json.imageId).toBe(first.json.imageId);
    const list = await call(harness.app, 'GET', `${HANGZHOU}/images?name=${body.imageName}`);
    expect(list.json.images.filter((i: any) => i.imageName === body.imageName)).toHaveLength(1);
  });

  it('reports the build, with its source instance, until the image is done', async () => {
    const { json } = await createImage(WEB_PROD_01, imageBody());
    const during = await call(harness.app, 'GET', `${HANGZHOU}/image-builds`);
    imageBuildListSchema.parse(during.json);
    expect(during.json.builds).toEqual([
      expect.objectContaining({ imageId: json.imageId, instanceId: WEB_PROD_01, status: 'Creating' }),
    ]);

    await call(harness.app, 'POST', '/__mock/advance', { seconds: 600 });
    const after = await call(harness.app, 'GET', `${HANGZHOU}/image-builds`);
    expect(after.json.builds).toEqual([]);
  });

  it('lists only images of the status asked for', async () => {
    await createImage(DB_STAGING_02, imageBody());
    const available = await call(harness.app, 'GET', `${HANGZHOU}/images?status=Available`);
    expect(available.json.images.every((i: any) => i.status === 'Available')).toBe(true);
    const creating = await call(harness.app, 'GET', `${HANGZHOU}/images?status=Creating`);
    expect(creating.json.images).toHaveLength(1);
  });
});

describe('start, stop and restart around an image build', () => {
  it('refuses to stop an instance while an image is being created from it, and allows it afterwards', async () => {
    const { json } = await createImage(WEB_PROD_01, imageBody());
    const refused = await call(harness.app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/stop`, {});
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({
      code: 'Conflict',
      message: `An image (${json.imageId}) is being created from this instance. Starting, stopping or restarting it now would make the image fail. Wait until the image is Available.`,
    });

    const image = await call(harness.app, 'GET', `${HANGZHOU}/images/${json.imageId}`);
    expect(image.json.status).toBe('Creating');

    await call(harness.app, 'POST', '/__mock/advance', { seconds: 600 });
    const stopped = await call(harness.app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/stop`, {});
    expect(stopped.status).toBe(202);
    expect(stopped.json).toEqual({ requestId: expect.any(String) });
  });

  it('refuses restart and start the same way', async () => {
    await createImage(DB_STAGING_02, imageBody());
    const start = await call(harness.app, 'POST', `${HANGZHOU}/instances/${DB_STAGING_02}/start`);
    expect(start.status).toBe(409);
    await createImage(WEB_PROD_01, imageBody());
    const restart = await call(harness.app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/restart`, {});
    expect(restart.status).toBe(409);
  });

  it('starts a stopped instance when nothing is being built', async () => {
    const started = await call(harness.app, 'POST', `${HANGZHOU}/instances/${DB_STAGING_02}/start`, {});
    expect(started.status).toBe(202);
    const { json } = await call(harness.app, 'GET', `${HANGZHOU}/instances/${DB_STAGING_02}`);
    expect(['Starting', 'Running']).toContain(json.status);
  });

  it('answers an action on an instance of another region with 404', async () => {
    const { status } = await call(harness.app, 'POST', `/api/regions/ap-southeast-1/instances/${WEB_PROD_01}/stop`, {});
    expect(status).toBe(404);
  });
});

describe('images by ID', () => {
  it('answers an unknown image with 404, also for its snapshots', async () => {
    const image = await call(harness.app, 'GET', `${HANGZHOU}/images/m-doesnotexist000`);
    expect(image.status).toBe(404);
    expect(image.json.code).toBe('NotFound');
    const snapshots = await call(harness.app, 'GET', `${HANGZHOU}/images/m-doesnotexist000/snapshots`);
    expect(snapshots.status).toBe(404);
  });
});
