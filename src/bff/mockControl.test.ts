// The console's /__mock/* in mock mode: the emulator's own control handlers, reached through the
// BFF; and the large-region scenario paged, searched and filtered through the console's API.
import { createEmulator, type SteerableEmulator } from '../../mocks/ecs/emulator';
import { HANGZHOU, call, startHarness, type Harness } from './testing/harness';

let emulator: SteerableEmulator;
let harness: Harness;

beforeAll(async () => {
  emulator = createEmulator({ clock: 'manual' });
  harness = await startHarness({ emulator });
});
beforeEach(() => emulator.reset());
afterAll(() => harness.close());

describe('the console’s /__mock control API', () => {
  it('switches scenario, and the console’s own API shows it at once', async () => {
    const switched = await call(harness.app, 'POST', '/__mock/scenario', { name: 'empty' });
    expect([switched.status, switched.json.current]).toEqual([200, 'empty']);
    expect((await call(harness.app, 'GET', `${HANGZHOU}/instances`)).json).toMatchObject({ instances: [], totalCount: 0 });
    expect((await call(harness.app, 'GET', '/__mock/scenario')).json.current).toBe('empty');
  });

  it('injects a throttling fault that the console reports as 429 with Retry-After', async () => {
    const added = await call(harness.app, 'POST', '/__mock/faults', { action: 'DescribeInstances', kind: 'Throttling', count: 1, retryAfterMs: 2000 });
    expect(added.status).toBe(201);
    const throttled = await call(harness.app, 'GET', `${HANGZHOU}/instances`);
    expect(throttled.status).toBe(429);
    expect(throttled.json).toMatchObject({ code: 'Throttled', ecsCode: 'Throttling' });
    expect(throttled.response.headers['retry-after']).toBe('2');
    expect((await call(harness.app, 'GET', `${HANGZHOU}/instances`)).status).toBe(200);
  });

  it('reports a 503 fault as the upstream being unavailable', async () => {
    await call(harness.app, 'POST', '/__mock/faults', { kind: 'ServiceUnavailable', count: 1 });
    const { status, json } = await call(harness.app, 'GET', '/api/regions');
    expect(status).toBeGreaterThanOrEqual(502);
    expect(json).toMatchObject({ code: 'UpstreamUnavailable', ecsCode: 'ServiceUnavailable' });
  });

  it('drops the connection in-process: the console reports no answer from ECS', async () => {
    await call(harness.app, 'POST', '/__mock/faults', { action: 'DescribeRegions', kind: 'dropConnection' });
    const { status, json } = await call(harness.app, 'GET', '/api/regions');
    expect(status).toBeGreaterThanOrEqual(502);
    expect(json.code).toBe('UpstreamUnavailable');
    expect(json.ecsCode).not.toBe('ServiceUnavailable');
  });

  it('answers the clock, faults and state routes, and validates bodies naming the field', async () => {
    expect((await call(harness.app, 'POST', '/__mock/clock', { speed: 5 })).json).toMatchObject({ speed: 5, frozen: true });
    const bad = await call(harness.app, 'POST', '/__mock/faults', { kind: 'Throttling', rate: 2 });
    expect([bad.status, bad.json.code, bad.json.field]).toEqual([400, 'InvalidInput', 'rate']);
    const state = await call(harness.app, 'GET', '/__mock/state?regionId=cn-hangzhou');
    expect(state.json.account.images.map((image: { ImageName: string }) => image.ImageName)).toContain('web-prod-baseline');
    expect((await call(harness.app, 'DELETE', '/__mock/faults')).status).toBe(204);
  });

  it('answers an unknown control path with a JSON 404', async () => {
    const { status, json } = await call(harness.app, 'GET', '/__mock/nothing-here');
    expect([status, json.code]).toEqual([404, 'NotFound']);
  });
});

describe('the large region through the console’s API', () => {
  beforeEach(async () => {
    await call(harness.app, 'POST', '/__mock/scenario', { name: 'large-region' });
  });

  it('pages by token without loading everything', async () => {
    const first = await call(harness.app, 'GET', `${HANGZHOU}/instances?maxResults=50`);
    expect(first.json.instances).toHaveLength(50);
    expect(first.json.totalCount).toBe(10_000);
    const second = await call(harness.app, 'GET', `${HANGZHOU}/instances?maxResults=50&nextToken=${first.json.nextToken}`);
    expect(second.json.instances).toHaveLength(50);
    const ids = new Set([...first.json.instances, ...second.json.instances].map((instance: { instanceId: string }) => instance.instanceId));
    expect(ids.size).toBe(100);
  });

  it('searches by name and by ID, and filters by status', async () => {
    const byName = await call(harness.app, 'GET', `${HANGZHOU}/instances?name=04321`);
    expect(byName.json.instances.map((instance: { instanceName: string }) => instance.instanceName)).toEqual(['web-04321']);
    const instanceId = byName.json.instances[0].instanceId;
    const byId = await call(harness.app, 'GET', `${HANGZHOU}/instances?instanceId=${instanceId}`);
    expect(byId.json.instances).toHaveLength(1);
    const stopped = await call(harness.app, 'GET', `${HANGZHOU}/instances?status=Stopped&maxResults=100`);
    expect(stopped.json.instances).toHaveLength(100);
    expect(stopped.json.instances.every((instance: { status: string }) => instance.status === 'Stopped')).toBe(true);
  });
});
