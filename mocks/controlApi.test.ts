// The control API over HTTP, as QA uses it with curl against the standalone emulator.
import { createEmulator, type SteerableEmulator } from './ecs/emulator';
import { startStandaloneEcs, type StandaloneEcs } from './server';

let emulator: SteerableEmulator;
let ecs: StandaloneEcs;

beforeAll(async () => {
  emulator = createEmulator({ clock: 'manual', credentials: new Map([['LTAI5tControlApi', 'control-secret']]) });
  ecs = await startStandaloneEcs({ emulator, port: 0 });
});
beforeEach(() => emulator.reset());
afterAll(() => ecs.close());

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${ecs.url}__mock/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

describe('/__mock/scenario', () => {
  it('lists the scenarios and the current one, and switches', async () => {
    const listed = await control('GET', 'scenario');
    expect(listed.json.current).toBe('demo');
    expect(listed.json.scenarios).toHaveLength(6);
    const switched = await control('POST', 'scenario', { name: 'empty' });
    expect([switched.status, switched.json.current]).toEqual([200, 'empty']);
    expect(emulator.steering.state().account.counts.instances).toBe(0);
  });

  it.each([
    [{ name: 'nope' }, 'name'],
    [{}, 'name'],
    ['not json', 'name'],
    [{ name: 'empty', extra: 1 }, 'extra'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const { status, json } = await control('POST', 'scenario', body);
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 'InvalidInput', field });
    expect(emulator.steering.scenario()).toBe('demo');
  });
});

describe('/__mock/faults', () => {
  it('adds, lists and clears faults', async () => {
    const added = await control('POST', 'faults', { action: 'DescribeInstances', kind: 'Throttling', count: 2 });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ id: expect.any(String), action: 'DescribeInstances', kind: 'Throttling', remaining: 2, retryAfterMs: 1000 });
    expect((await control('GET', 'faults')).json.faults).toHaveLength(1);
    expect((await control('DELETE', `faults/${added.json.id}`)).status).toBe(204);
    expect((await control('DELETE', `faults/${added.json.id}`)).status).toBe(404);
    await control('POST', 'faults', { kind: 'latency', latencyMs: 5, rate: 0.5 });
    expect((await control('DELETE', 'faults')).status).toBe(204);
    expect((await control('GET', 'faults')).json.faults).toEqual([]);
  });

  it.each([
    [{ kind: 'Meteor' }, 'kind'],
    [{ kind: 'Throttling', rate: 1.5 }, 'rate'],
    [{ kind: 'Throttling', rate: 0.5, count: 2 }, 'count'],
    [{ kind: 'InternalError', count: 0 }, 'count'],
    [{ kind: 'latency' }, 'latencyMs'],
    [{ kind: 'InternalError', retryAfterMs: 5 }, 'retryAfterMs'],
    [{ kind: 'InternalError', action: 'DescribeUnicorns' }, 'action'],
    [{ kind: 'InternalError', action: 'not an action' }, 'action'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const { status, json } = await control('POST', 'faults', body);
    expect([status, json.field]).toEqual([400, field]);
  });
});

describe('/__mock/clock and /__mock/advance', () => {
  it('reads, changes the pace, advances', async () => {
    expect((await control('GET', 'clock')).json).toEqual({ now: '2026-01-15T02:00:00.000Z', speed: 1, frozen: true });
    expect((await control('POST', 'clock', { speed: 20 })).json).toMatchObject({ speed: 20, frozen: true });
    expect((await control('POST', 'advance', { seconds: 60 })).json).toEqual({ now: '2026-01-15T02:01:00.000Z' });
  });

  it.each([
    [{}, 'speed'],
    [{ speed: 0 }, 'speed'],
    [{ speed: 5000 }, 'speed'],
    [{ frozen: 'yes' }, 'frozen'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const { status, json } = await control('POST', 'clock', body);
    expect([status, json.field]).toEqual([400, field]);
  });
});

describe('/__mock/state', () => {
  it('shows the account’s images, snapshots and instances, the scenario, clock and faults', async () => {
    await control('POST', 'faults', { kind: 'InternalError', count: 1 });
    const { status, json } = await control('GET', 'state?regionId=cn-hangzhou');
    expect(status).toBe(200);
    expect(json.scenario).toBe('demo');
    expect(json.clock.frozen).toBe(true);
    expect(json.faults).toHaveLength(1);
    expect(json.account.accessKeyId).toBe('LTAI5tControlApi');
    expect(json.account.images.map((image: { ImageName: string }) => image.ImageName)).toContain('web-prod-baseline');
    expect(json.account.instances.find((row: { InstanceName: string }) => row.InstanceName === 'web-prod-01')).toMatchObject({
      Status: 'Running',
      DataDiskCount: 2,
    });
    expect(json.account.quotas['cn-hangzhou']).toEqual({ images: 100, snapshotsPerDisk: 256 });
  });

  it('refuses an unknown account or region, naming the parameter', async () => {
    expect((await control('GET', 'state?accessKeyId=LTAI5tSomeoneElse')).json.field).toBe('accessKeyId');
    expect((await control('GET', 'state?regionId=mars-north-1')).json.field).toBe('regionId');
  });
});

describe('/__mock/reset', () => {
  it('puts back the demo scenario, clears faults and restores the start-up pace', async () => {
    await control('POST', 'scenario', { name: 'large-region' });
    await control('POST', 'faults', { kind: 'InternalError' });
    await control('POST', 'clock', { speed: 5, frozen: false });
    expect((await control('POST', 'reset')).status).toBe(204);
    const { json } = await control('GET', 'state?regionId=cn-hangzhou');
    expect([json.scenario, json.faults, json.clock.speed, json.clock.frozen]).toEqual(['demo', [], 1, true]);
    expect(json.account.counts.instances).toBeLessThan(100);
  });
});
