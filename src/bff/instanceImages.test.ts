import { imageListSchema } from '../contract';
import { BASELINE_IMAGE, FAILED_IMAGE, countingEmulator } from './testing/imageLife';
import { DB_STAGING_02, HANGZHOU, WEB_PROD_01, call, imageBody, startHarness, type Harness } from './testing/harness';

const emulator = countingEmulator();
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ emulator });
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

const imagesOf = (instanceId: string) => call(harness.app, 'GET', `${HANGZHOU}/instances/${instanceId}/images`);

describe('the images made from an instance', () => {
  it("follows the instance's snapshots to its images, whatever their status", async () => {
    const created = await call(harness.app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/images`, imageBody());
    emulator.calls.clear();
    const { status, json } = await imagesOf(WEB_PROD_01);
    expect(status).toBe(200);
    imageListSchema.parse(json);
    expect(json.images.map((i: any) => i.imageId).sort()).toEqual([BASELINE_IMAGE, created.json.imageId].sort());
    expect(json.images.find((i: any) => i.imageId === created.json.imageId).status).toBe('Creating');
    expect(Object.fromEntries(emulator.calls)).toEqual({ DescribeInstances: 1, DescribeSnapshots: 1, DescribeImages: 1 });

    const failed = await imagesOf(DB_STAGING_02);
    expect(failed.json.images.map((i: any) => [i.imageId, i.status])).toEqual([[FAILED_IMAGE, 'CreateFailed']]);
  });

  it('lists none for an instance no image was made from, and 404 for an unknown instance', async () => {
    const none = await imagesOf('i-bp1olek16vx2j5toaisn');
    expect(none.json).toMatchObject({ images: [], totalCount: 0 });
    expect((await imagesOf('i-doesnotexist000')).status).toBe(404);
  });
});
