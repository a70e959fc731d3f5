import { snapshotPageSchema, snapshotRowSchema } from '../contract';
import { BASELINE_IMAGE, BASELINE_SNAPSHOTS, PROGRESSING_SNAPSHOT, WEB_DATA_SNAPSHOT, countingEmulator } from './testing/imageLife';
import { HANGZHOU, WEB_PROD_01, call, imageBody, startHarness, type Harness } from './testing/harness';

const emulator = countingEmulator();
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ emulator });
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

const list = (query = '') => call(harness.app, 'GET', `${HANGZHOU}/snapshots${query}`);
/** The seed holds 10 snapshots in cn-hangzhou (ECS's smallest page); an image of web-prod-01 adds 3. */
const addImageSnapshots = async () => {
  const { status } = await call(harness.app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/images`, imageBody());
  expect(status).toBe(201);
};

describe('the snapshots page', () => {
  it('pages through the region by NextToken without repeats', async () => {
    await addImageSnapshots();
    const first = await list('?maxResults=10');
    expect(first.status).toBe(200);
    snapshotPageSchema.parse(first.json);
    expect(first.json.snapshots).toHaveLength(10);
    expect(first.json.nextToken).toEqual(expect.any(String));
    const seen = first.json.snapshots.map((s: any) => s.snapshotId);
    let nextToken: string | null = first.json.nextToken;
    while (nextToken) {
      const page = await list(`?maxResults=10&nextToken=${encodeURIComponent(nextToken)}`);
      expect(page.status).toBe(200);
      seen.push(...page.json.snapshots.map((s: any) => s.snapshotId));
      nextToken = page.json.nextToken;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(first.json.totalCount);
    expect(seen).toEqual(expect.arrayContaining([...BASELINE_SNAPSHOTS, WEB_DATA_SNAPSHOT]));
  });

  it("links each image snapshot to its image and its disk's instance", async () => {
    const { json } = await list('?usage=image&maxResults=100');
    expect(json.snapshots.length).toBeGreaterThan(0);
    expect(json.snapshots.every((s: any) => s.usage === 'image')).toBe(true);
    const baseline = json.snapshots.filter((s: any) => BASELINE_SNAPSHOTS.includes(s.snapshotId));
    expect(baseline).toHaveLength(3);
    for (const snapshot of baseline) {
      expect(snapshot).toMatchObject({ imageIds: [BASELINE_IMAGE], sourceInstanceId: WEB_PROD_01 });
    }
  });

  it('filters by instance, disk, status and source disk type, combined with AND', async () => {
    const byInstance = await list(`?instanceId=${WEB_PROD_01}&maxResults=100`);
    expect(byInstance.json.snapshots.length).toBeGreaterThanOrEqual(5);
    expect(byInstance.json.snapshots.every((s: any) => s.sourceInstanceId === WEB_PROD_01)).toBe(true);

    const dataOfInstance = await list(`?instanceId=${WEB_PROD_01}&sourceDiskType=data&maxResults=100`);
    expect(dataOfInstance.json.snapshots.length).toBeGreaterThan(0);
    expect(dataOfInstance.json.snapshots.every((s: any) => s.sourceDiskType === 'data')).toBe(true);

    const diskId = byInstance.json.snapshots.find((s: any) => s.snapshotId === WEB_DATA_SNAPSHOT).sourceDiskId;
    const byDisk = await list(`?diskId=${diskId}&maxResults=100`);
    expect(byDisk.json.snapshots.map((s: any) => s.sourceDiskId)).toEqual(byDisk.json.snapshots.map(() => diskId));
    expect(byDisk.json.snapshots.map((s: any) => s.snapshotId)).toContain(WEB_DATA_SNAPSHOT);

    const progressing = await list('?status=progressing&maxResults=100');
    expect(progressing.json.snapshots.map((s: any) => s.snapshotId)).toEqual([PROGRESSING_SNAPSHOT]);
    expect(progressing.json.snapshots[0].progress).toBeLessThan(100);
  });

  it('costs a bounded number of ECS calls per page, however many snapshots it shows', async () => {
    await addImageSnapshots();
    emulator.calls.clear();
    const { json } = await list('?maxResults=100');
    expect(json.snapshots.length).toBeGreaterThan(10);
    expect(Object.fromEntries(emulator.calls)).toEqual({ DescribeSnapshots: 1, DescribeDisks: 1, DescribeImages: 1 });
  });

  it('shows one snapshot with its links, and 404 for an unknown one', async () => {
    const one = await call(harness.app, 'GET', `${HANGZHOU}/snapshots/${BASELINE_SNAPSHOTS[1]}`);
    expect(one.status).toBe(200);
    snapshotRowSchema.parse(one.json);
    expect(one.json).toMatchObject({ snapshotId: BASELINE_SNAPSHOTS[1], sourceDiskType: 'data', imageIds: [BASELINE_IMAGE] });
    const unknown = await call(harness.app, 'GET', `${HANGZHOU}/snapshots/s-doesnotexist0000`);
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('NotFound');
  });

  it.each([
    ['?usage=everything', 'usage'],
    ['?status=done', 'status'],
    ['?sourceDiskType=root', 'sourceDiskType'],
    ['?maxResults=1000', 'maxResults'],
    ['?instanceId=i-bp1%26Action%3DDeleteImage', 'instanceId'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const { status, json } = await list(query);
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 'InvalidInput', field });
  });

  it('answers a forged NextToken with a 400, not a 500', async () => {
    const { status, json } = await list('?nextToken=0123456789abcdef0123456789abcdef');
    expect(status).toBe(400);
    expect(json.ecsCode).toEqual(expect.any(String));
  });
});
