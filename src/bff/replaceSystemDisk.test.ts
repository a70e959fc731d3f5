import { replaceSystemDiskResultSchema } from '../contract';
import { DATA_DISK_IMAGE_REFUSED } from './imageLifeErrors';
import { BASELINE_IMAGE, WEB_PROD_02, advance, systemOnlyImage, token } from './testing/imageLife';
import { DB_STAGING_02, HANGZHOU, call, imageBody, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

const replace = (instanceId: string, body: Record<string, unknown>) =>
  call(harness.app, 'POST', `${HANGZHOU}/instances/${instanceId}/replace-system-disk`, { clientToken: token('replace'), ...body });
const systemDiskOf = async (instanceId: string) => {
  const { json } = await call(harness.app, 'GET', `${HANGZHOU}/instances/${instanceId}/disks`);
  return json.disks.find((disk: any) => disk.type === 'system');
};

describe('replacing the system disk', () => {
  it('refuses an image that contains data disks, with the reason, on the imageId field', async () => {
    const { status, json } = await replace(DB_STAGING_02, { imageId: BASELINE_IMAGE });
    expect(status).toBe(409);
    expect(json).toEqual({ code: 'Conflict', message: DATA_DISK_IMAGE_REFUSED, field: 'imageId' });
  });

  it('accepts a system-only image on a Stopped instance; the system disk ID changes', async () => {
    const imageId = await systemOnlyImage(harness.app);
    const before = await systemDiskOf(DB_STAGING_02);

    const replaced = await replace(DB_STAGING_02, { imageId, password: 'Console-Test-2026' });
    expect(replaced.status).toBe(202);
    replaceSystemDiskResultSchema.parse(replaced.json);
    expect(replaced.json.diskId).not.toBe(before.diskId);

    await advance(harness.app, 120);
    const after = await systemDiskOf(DB_STAGING_02);
    expect(after.diskId).toBe(replaced.json.diskId);
    const { json: instance } = await call(harness.app, 'GET', `${HANGZHOU}/instances/${DB_STAGING_02}`);
    expect(instance.imageId).toBe(imageId);

    // The old disk is released, as on ECS: its snapshots remain but no longer lead to an instance.
    const weekly = await call(harness.app, 'GET', `${HANGZHOU}/snapshots/s-bp1sjbi55mxddlbhio3b`);
    expect(weekly.json).toMatchObject({ sourceDiskId: before.diskId, sourceInstanceId: '' });
  });

  it('refuses a Running instance with 409 and says to stop it first', async () => {
    const imageId = await systemOnlyImage(harness.app);
    const { status, json } = await replace(WEB_PROD_02, { imageId });
    expect(status).toBe(409);
    expect(json.message).toMatch(/Stop the instance first/);
  });

  it('refuses while an image is being made from the instance, as start and stop do', async () => {
    const imageId = await systemOnlyImage(harness.app);
    const building = await call(harness.app, 'POST', `${HANGZHOU}/instances/${DB_STAGING_02}/images`, imageBody());
    expect(building.status).toBe(201);
    const { status, json } = await replace(DB_STAGING_02, { imageId });
    expect(status).toBe(409);
    expect(json.message).toContain(`An image (${building.json.imageId}) is being created from this instance.`);
  });

  it.each([
    ['an unknown image', { imageId: 'm-doesnotexist000' }, 'imageId'],
    ['a malformed image ID', { imageId: '../m-1' }, 'imageId'],
    ['a weak password', { imageId: BASELINE_IMAGE, password: 'abc' }, 'password'],
    ['both a password and a key pair', { imageId: BASELINE_IMAGE, password: 'Console-Test-2026', keyPairName: 'ops-2025' }, 'password'],
    ['a system disk over 2048 GiB', { imageId: BASELINE_IMAGE, systemDiskSizeGiB: 4096 }, 'systemDiskSizeGiB'],
    ['no client token', { imageId: BASELINE_IMAGE, clientToken: '' }, 'clientToken'],
  ])('refuses %s with 400 naming the field', async (_label, body, field) => {
    const { status, json } = await replace(DB_STAGING_02, body);
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 'InvalidInput', field });
  });

  it('refuses a system disk smaller than the image', async () => {
    const imageId = await systemOnlyImage(harness.app);
    const { status, json } = await replace(DB_STAGING_02, { imageId, systemDiskSizeGiB: 20 });
    expect(status).toBe(400);
    expect(json.field).toBe('systemDiskSizeGiB');
  });

  it('answers an unknown instance with 404', async () => {
    const { status } = await replace('i-doesnotexist000', { imageId: BASELINE_IMAGE });
    expect(status).toBe(404);
  });
});
