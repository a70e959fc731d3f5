import { createImageResultSchema, imageSchema } from '../contract';
import { PROGRESSING_SNAPSHOT, WEB_DATA_SNAPSHOT, WEB_SYSTEM_SNAPSHOT, advance, token } from './testing/imageLife';
import { HANGZHOU, call, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

let names = 0;
const body = (overrides: Record<string, unknown> = {}) => ({
  imageName: `from-snapshot-${++names}`,
  description: 'Made from web-prod-01 snapshots',
  clientToken: token('from-snapshot'),
  systemSnapshotId: WEB_SYSTEM_SNAPSHOT,
  ...overrides,
});
const create = (payload: unknown) => call(harness.app, 'POST', `${HANGZHOU}/images`, payload);

describe('creating a custom image from snapshots', () => {
  it('makes an image of the system snapshot, a data-disk snapshot and an empty data disk', async () => {
    const created = await create(body({ dataDisks: [{ snapshotId: WEB_DATA_SNAPSHOT }, { sizeGiB: 50 }] }));
    expect(created.status).toBe(201);
    createImageResultSchema.parse(created.json);

    await advance(harness.app, 60);
    const image = await call(harness.app, 'GET', `${HANGZHOU}/images/${created.json.imageId}`);
    imageSchema.parse(image.json);
    expect(image.json).toMatchObject({ status: 'Available', sizeGiB: 40 });
    expect(image.json.diskDeviceMappings).toEqual([
      { device: '/dev/xvda', type: 'system', snapshotId: WEB_SYSTEM_SNAPSHOT, sizeGiB: 40 },
      { device: '/dev/xvdb', type: 'data', snapshotId: WEB_DATA_SNAPSHOT, sizeGiB: 100 },
      { device: '/dev/xvdc', type: 'data', snapshotId: '', sizeGiB: 50 },
    ]);

    // From the snapshot, its image is one click away.
    const snapshot = await call(harness.app, 'GET', `${HANGZHOU}/snapshots/${WEB_DATA_SNAPSHOT}`);
    expect(snapshot.json.imageIds).toEqual([created.json.imageId]);
  });

  it('gives an empty data disk without a size the default 20 GiB and honours chosen devices', async () => {
    const created = await create(body({ dataDisks: [{ device: '/dev/xvdd' }] }));
    expect(created.status).toBe(201);
    const image = await call(harness.app, 'GET', `${HANGZHOU}/images/${created.json.imageId}`);
    expect(image.json.diskDeviceMappings[1]).toEqual({ device: '/dev/xvdd', type: 'data', snapshotId: '', sizeGiB: 20 });
  });

  it.each([
    ['an image name ECS refuses', { imageName: 'aliyun-image' }, 'imageName'],
    ['a system snapshot ID that is malformed', { systemSnapshotId: 's-bp1&Action=DeleteImage' }, 'systemSnapshotId'],
    ['an unknown system snapshot', { systemSnapshotId: 's-doesnotexist000' }, 'systemSnapshotId'],
    ['an unknown data-disk snapshot', { dataDisks: [{ snapshotId: 's-doesnotexist000' }] }, 'dataDisks'],
    ['17 data disks', { dataDisks: Array.from({ length: 17 }, () => ({ sizeGiB: 20 })) }, 'dataDisks'],
    ['an empty data disk below 20 GiB', { dataDisks: [{ sizeGiB: 10 }] }, 'dataDisks'],
    ['a data disk above 32768 GiB', { dataDisks: [{ sizeGiB: 40000 }] }, 'dataDisks'],
    ['a data disk smaller than its snapshot', { dataDisks: [{ snapshotId: WEB_DATA_SNAPSHOT, sizeGiB: 50 }] }, 'dataDisks'],
    ['a device outside /dev/xvdb-/dev/xvdz', { dataDisks: [{ sizeGiB: 20, device: '/dev/sda' }] }, 'dataDisks'],
    ['the system device for a data disk', { dataDisks: [{ sizeGiB: 20, device: '/dev/xvda' }] }, 'dataDisks'],
    ['one device twice', { dataDisks: [{ sizeGiB: 20, device: '/dev/xvdb' }, { sizeGiB: 30, device: '/dev/xvdb' }] }, 'dataDisks'],
    ['a size that is not a number', { dataDisks: [{ sizeGiB: '20' }] }, 'dataDisks'],
    ['an unknown architecture', { architecture: 'sparc' }, 'architecture'],
  ])('refuses %s with 400 naming the field', async (_label, overrides, field) => {
    const { status, json } = await create(body(overrides));
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 'InvalidInput', field });
    const images = await call(harness.app, 'GET', `${HANGZHOU}/images?status=Creating`);
    expect(images.json.images).toEqual([]);
  });

  it('refuses a snapshot that is not accomplished yet with 409 and ECS InvalidSnapshotId.NotReady', async () => {
    const { status, json } = await create(body({ dataDisks: [{ snapshotId: PROGRESSING_SNAPSHOT }] }));
    expect(status).toBe(409);
    expect(json).toMatchObject({ code: 'Conflict', ecsCode: 'InvalidSnapshotId.NotReady', requestId: expect.any(String) });
    expect(json.message).toContain('accomplished');
  });

  it('makes one image however often the same ClientToken is sent', async () => {
    const payload = body({ dataDisks: [{ sizeGiB: 30 }] });
    const first = await create(payload);
    const retry = await create(payload);
    expect(retry.status).toBe(201);
    expect(retry.json.imageId).toBe(first.json.imageId);
  });
});
