import { diskListSchema, instanceListSchema, regionListSchema } from '../contract';
import { DB_STAGING_02, HANGZHOU, WEB_PROD_01, call, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

describe('regions', () => {
  it('lists every region with its English name', async () => {
    const { status, json } = await call(harness.app, 'GET', '/api/regions');
    expect(status).toBe(200);
    regionListSchema.parse(json);
    const names = Object.fromEntries(json.regions.map((r: any) => [r.regionId, r.localName]));
    expect(names['cn-hangzhou']).toBe('China (Hangzhou)');
    expect(names['ap-southeast-1']).toBe('Singapore');
    expect(json.regions.length).toBeGreaterThan(10);
  });

  it("lists a region's zones", async () => {
    const { status, json } = await call(harness.app, 'GET', `${HANGZHOU}/zones`);
    expect(status).toBe(200);
    expect(json.zones.map((z: any) => z.zoneId)).toContain('cn-hangzhou-h');
  });

  it('says which ECS it talks to', async () => {
    const { json } = await call(harness.app, 'GET', '/api/meta');
    expect(json).toEqual({ mode: 'mock', endpoint: 'in-process emulator for ecs.<region>.aliyuncs.com' });
  });
});

describe('instances', () => {
  it('pages through the region with NextToken, without repeats', async () => {
    const first = await call(harness.app, 'GET', `${HANGZHOU}/instances?maxResults=10`);
    expect(first.status).toBe(200);
    instanceListSchema.parse(first.json);
    expect(first.json.instances).toHaveLength(10);
    expect(first.json.nextToken).toEqual(expect.any(String));

    const second = await call(harness.app, 'GET', `${HANGZHOU}/instances?maxResults=10&nextToken=${encodeURIComponent(first.json.nextToken)}`);
    expect(second.status).toBe(200);
    expect(second.json.nextToken).toBeNull();
    const ids = [...first.json.instances, ...second.json.instances].map((i: any) => i.instanceId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(12);
  });

  it('finds instances by part of their name', async () => {
    const { json } = await call(harness.app, 'GET', `${HANGZHOU}/instances?name=web-prod`);
    expect(json.instances.map((i: any) => i.instanceName).sort()).toEqual(['web-prod-01', 'web-prod-02']);
  });

  it('finds one instance by ID and maps its facts', async () => {
    const { json } = await call(harness.app, 'GET', `${HANGZHOU}/instances?instanceId=${WEB_PROD_01}`);
    expect(json.instances).toHaveLength(1);
    expect(json.instances[0]).toMatchObject({
      instanceId: WEB_PROD_01,
      instanceName: 'web-prod-01',
      status: 'Running',
      zoneId: 'cn-hangzhou-h',
      publicIpAddresses: ['47.96.23.118'],
      privateIpAddresses: ['172.16.1.10'],
      lockReasons: [],
    });
    expect(json.instances[0].memoryMiB).toBeGreaterThanOrEqual(1024);
  });

  it('filters by status', async () => {
    const { json } = await call(harness.app, 'GET', `${HANGZHOU}/instances?status=Stopped&maxResults=100`);
    expect(json.instances.length).toBeGreaterThan(0);
    expect(json.instances.every((i: any) => i.status === 'Stopped')).toBe(true);
    expect(json.instances.map((i: any) => i.instanceId)).toContain(DB_STAGING_02);
  });

  it('answers an unknown instance with 404', async () => {
    const { status, json } = await call(harness.app, 'GET', `${HANGZHOU}/instances/i-doesnotexist000`);
    expect(status).toBe(404);
    expect(json).toMatchObject({ code: 'NotFound', message: expect.stringContaining('i-doesnotexist000') });
  });

  it('refuses bad query values, naming the field', async () => {
    const tooMany = await call(harness.app, 'GET', `${HANGZHOU}/instances?maxResults=500`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toMatchObject({ code: 'InvalidInput', field: 'maxResults' });

    const badStatus = await call(harness.app, 'GET', `${HANGZHOU}/instances?status=Exploded`);
    expect(badStatus.status).toBe(400);
    expect(badStatus.json).toMatchObject({ code: 'InvalidInput', field: 'status' });

    const badRegion = await call(harness.app, 'GET', '/api/regions/NOT_A_REGION/instances');
    expect(badRegion.status).toBe(400);
    expect(badRegion.json).toMatchObject({ code: 'InvalidInput', field: 'regionId' });
  });
});

describe('disks', () => {
  it('lists the three disks of web-prod-01, system disk first', async () => {
    const { status, json } = await call(harness.app, 'GET', `${HANGZHOU}/instances/${WEB_PROD_01}/disks`);
    expect(status).toBe(200);
    diskListSchema.parse(json);
    expect(json.disks.map((d: any) => [d.type, d.sizeGiB])).toEqual([
      ['system', 40],
      ['data', 100],
      ['data', 200],
    ]);
    expect(json.disks[0]).not.toHaveProperty('instanceId');
  });

  it('lists the single system disk of db-staging-02', async () => {
    const { json } = await call(harness.app, 'GET', `${HANGZHOU}/instances/${DB_STAGING_02}/disks`);
    expect(json.disks).toEqual([expect.objectContaining({ type: 'system', sizeGiB: 40 })]);
  });

  it('answers 404 for the disks of an unknown instance', async () => {
    const { status } = await call(harness.app, 'GET', `${HANGZHOU}/instances/i-doesnotexist000/disks`);
    expect(status).toBe(404);
  });
});
