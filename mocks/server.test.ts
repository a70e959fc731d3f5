import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startInProcessEcs } from './node';
import { startStandaloneEcs, type StandaloneEcs } from './server';
import { createFakeEmulator, FAKE_ACCESS_KEY_ID, FAKE_ACCESS_KEY_SECRET, type FakeEmulator } from './testing/fakeEmulator';
import { v2Parts, v3Parts, wireQuery } from './testing/signedRequests';

async function call(parts: { url: string; method: string; headers: Record<string, string>; body?: string }) {
  const response = await fetch(parts.url, { method: parts.method, headers: parts.headers, body: parts.body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

describe('the standalone endpoint', () => {
  let emulator: FakeEmulator;
  let ecs: StandaloneEcs;
  const signed = { action: 'DescribeRegions', accessKeyId: FAKE_ACCESS_KEY_ID, secret: FAKE_ACCESS_KEY_SECRET };

  beforeEach(async () => {
    emulator = createFakeEmulator();
    ecs = await startStandaloneEcs({ emulator, port: 0 });
  });
  afterEach(() => ecs.close());

  it('listens on an ephemeral port on 127.0.0.1', () => {
    expect(ecs.port).toBeGreaterThan(0);
    expect(ecs.url).toBe(`http://127.0.0.1:${ecs.port}/`);
  });

  it('answers V3 and V2 requests over HTTP, with no region from a local host', async () => {
    const v3 = await call(v3Parts({ endpoint: ecs.url, ...signed }));
    expect([v3.status, v3.headers.get('content-type')]).toEqual([200, 'application/json;charset=utf-8']);
    const v2 = await call(v2Parts({ endpoint: ecs.url, ...signed, method: 'GET' }));
    expect(v2.status).toBe(200);
    expect(emulator.calls.map((c) => c.context.hostRegionId)).toEqual([undefined, undefined]);
  });

  it('names itself as HostId in errors', async () => {
    const { status, body } = await call(v3Parts({ endpoint: ecs.url, ...signed, secret: 'wrong' }));
    expect(status).toBe(400);
    expect(body.HostId).toBe(`127.0.0.1:${ecs.port}`);
  });

  it('answers an unsigned curl with IncompleteSignature in ECS shape', async () => {
    const { status, body } = await call({ url: `${ecs.url}?${wireQuery({ Action: 'DescribeRegions', Version: '2014-05-26' })}`, method: 'GET', headers: {} });
    expect([status, body.Code]).toEqual([400, 'IncompleteSignature']);
  });

  it('resets the emulator on POST /__mock/reset', async () => {
    const response = await fetch(`${ecs.url}__mock/reset`, { method: 'POST' });
    expect(response.status).toBe(204);
    expect(emulator.resets).toBe(1);
  });

  it('moves the emulator clock on POST /__mock/advance', async () => {
    const before = emulator.clock.now();
    const response = await fetch(`${ecs.url}__mock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 90 }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ now: new Date(before + 90_000).toISOString() });
  });

  it.each(['not json', '{"seconds":"ten"}', '{"secs":10}', '{"seconds":-1}'])('refuses the advance body %s naming the field', async (body) => {
    const response = await fetch(`${ecs.url}__mock/advance`, { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'seconds' });
    expect(emulator.clock.now()).toBe(Date.parse('2026-01-01T00:00:00Z'));
  });

  it('sends other methods on the control paths to the ECS protocol', async () => {
    const { status, body } = await call({ url: `${ecs.url}__mock/reset`, method: 'GET', headers: {} });
    expect(status).toBe(400);
    expect(body.Code).toBeTypeOf('string');
    expect(emulator.resets).toBe(0);
  });
});

describe('the in-process emulator (msw/node)', () => {
  let emulator: FakeEmulator;
  let inProcess: { close(): void };
  let other: Server;

  beforeAll(async () => {
    emulator = createFakeEmulator();
    inProcess = startInProcessEcs(emulator);
    other = createServer((_req, res) => res.end('not ECS'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    inProcess.close();
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });

  it('answers requests to an ECS endpoint without touching the network', async () => {
    const { status, body } = await call(
      v3Parts({ endpoint: 'https://ecs-cn-hangzhou.aliyuncs.com/', action: 'DescribeRegions', accessKeyId: FAKE_ACCESS_KEY_ID, secret: FAKE_ACCESS_KEY_SECRET }),
    );
    expect(status).toBe(200);
    expect(body.Regions).toBeDefined();
    expect(emulator.calls[0]?.context.hostRegionId).toBe('cn-hangzhou');
  });

  it('lets every other request through', async () => {
    const { port } = other.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(await response.text()).toBe('not ECS');
  });
});
