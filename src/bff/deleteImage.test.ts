import { deleteImageResultSchema } from '../contract';
import { BASELINE_IMAGE, BASELINE_SNAPSHOTS, FAILED_IMAGE, WEB_SYSTEM_SNAPSHOT, advance, networkIn, token } from './testing/imageLife';
import { HANGZHOU, WEB_PROD_01, call, imageBody, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

const remove = (imageId: string, query = '') => call(harness.app, 'DELETE', `${HANGZHOU}/images/${imageId}${query}`);
const getImage = (imageId: string) => call(harness.app, 'GET', `${HANGZHOU}/images/${imageId}`);
const getSnapshot = (snapshotId: string) => call(harness.app, 'GET', `${HANGZHOU}/snapshots/${snapshotId}`);

describe('deleting a custom image', () => {
  it('deletes the image and, when asked, each of its snapshots', async () => {
    const { status, json } = await remove(BASELINE_IMAGE, '?deleteSnapshots=true');
    expect(status).toBe(200);
    deleteImageResultSchema.parse(json);
    expect(json.deletedSnapshotIds.sort()).toEqual([...BASELINE_SNAPSHOTS].sort());
    expect(json.failedSnapshots).toEqual([]);
    expect((await getImage(BASELINE_IMAGE)).status).toBe(404);
    for (const snapshotId of BASELINE_SNAPSHOTS) expect((await getSnapshot(snapshotId)).status).toBe(404);
  });

  it('keeps the snapshots unless asked, no longer linked to any image (as on ECS)', async () => {
    const { status, json } = await remove(FAILED_IMAGE);
    expect(status).toBe(200);
    expect(json).toMatchObject({ deletedSnapshotIds: [], failedSnapshots: [] });
    const { json: images } = await call(harness.app, 'GET', `${HANGZHOU}/images`);
    expect(images.images.map((i: any) => i.imageId)).not.toContain(FAILED_IMAGE);
    const kept = await getSnapshot(BASELINE_SNAPSHOTS[0]!);
    expect(kept.json.imageIds).toEqual([BASELINE_IMAGE]);
    await remove(BASELINE_IMAGE);
    const orphan = await getSnapshot(BASELINE_SNAPSHOTS[0]!);
    expect(orphan.status).toBe(200);
    expect(orphan.json.imageIds).toEqual([]);
  });

  it('refuses while instances use the image (409, ImageUsingByInstance), and deletes with force', async () => {
    const run = await call(harness.app, 'POST', `${HANGZHOU}/images/${BASELINE_IMAGE}/instances`, {
      zoneId: 'cn-hangzhou-h',
      instanceType: 'ecs.g7.large',
      ...(await networkIn(harness.app, 'cn-hangzhou-h')),
      password: 'Console-Test-2026',
      clientToken: token('run'),
    });
    expect(run.status).toBe(201);

    const refused = await remove(BASELINE_IMAGE);
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ code: 'Conflict', ecsCode: 'ImageUsingByInstance' });
    expect(refused.json.message).toContain('Force');
    expect((await getImage(BASELINE_IMAGE)).status).toBe(200);

    const forced = await remove(BASELINE_IMAGE, '?force=true');
    expect(forced.status).toBe(200);
    expect((await getImage(BASELINE_IMAGE)).status).toBe(404);
  });

  it('refuses an image still Creating, with the explanation, before asking ECS', async () => {
    const created = await call(harness.app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/images`, imageBody());
    const { status, json } = await remove(created.json.imageId, '?deleteSnapshots=true');
    expect(status).toBe(409);
    expect(json.message).toMatch(/still being created/);
    expect(json.ecsCode).toBeUndefined();
    await advance(harness.app, 120);
    expect((await remove(created.json.imageId)).status).toBe(200);
  });

  it('reports a snapshot ECS keeps because another image uses it, and deletes the rest', async () => {
    const fromSnapshot = (name: string) =>
      call(harness.app, 'POST', `${HANGZHOU}/images`, { imageName: name, clientToken: token(name), systemSnapshotId: WEB_SYSTEM_SNAPSHOT });
    const first = await fromSnapshot('shared-one');
    const second = await fromSnapshot('shared-two');
    expect([first.status, second.status]).toEqual([201, 201]);
    await advance(harness.app, 60);

    const { status, json } = await remove(first.json.imageId, '?deleteSnapshots=true');
    expect(status).toBe(200);
    expect(json.deletedSnapshotIds).toEqual([]);
    expect(json.failedSnapshots).toEqual([{ snapshotId: WEB_SYSTEM_SNAPSHOT, ecsCode: expect.any(String), message: expect.any(String) }]);
    expect((await getSnapshot(WEB_SYSTEM_SNAPSHOT)).json.imageIds).toEqual([second.json.imageId]);
  });

  it('answers an unknown image with 404 and a bad option with 400 naming it', async () => {
    expect((await remove('m-doesnotexist000')).status).toBe(404);
    const bad = await remove(BASELINE_IMAGE, '?force=yes');
    expect(bad.status).toBe(400);
    expect(bad.json.field).toBe('force');
  });
});
