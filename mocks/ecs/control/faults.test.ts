// Faults on demand, as a client of the ECS protocol sees them: signed requests in, ECS answers out.
import { createEcsProtocol } from '../protocol';
import { createEmulator, type SteerableEmulator } from '../emulator';
import { toRequest, v3Parts } from '../../testing/signedRequests';

const KEY = 'LTAI5tFaultTests';
const SECRET = 'fault-secret';
const ENDPOINT = 'https://ecs-cn-hangzhou.aliyuncs.com/';

let emulator: SteerableEmulator;
let protocol: (request: Request) => Promise<Response>;

beforeEach(() => {
  emulator = createEmulator({ clock: 'manual', credentials: new Map([[KEY, SECRET]]) });
  protocol = createEcsProtocol(emulator);
});

function send(action = 'DescribeRegions', params: Record<string, string> = {}): Promise<Response> {
  return protocol(toRequest(v3Parts({ endpoint: ENDPOINT, action, params, accessKeyId: KEY, secret: SECRET })));
}

async function codeOf(response: Response): Promise<string | undefined> {
  if (response.type === 'error') return 'dropped';
  if (response.status === 200) return 'ok';
  return ((await response.json()) as { Code: string }).Code;
}

async function outcomes(times: number, action = 'DescribeRegions'): Promise<Array<string | undefined>> {
  const results: Array<string | undefined> = [];
  for (let i = 0; i < times; i += 1) results.push(await codeOf(await send(action)));
  return results;
}

describe('faults on demand', () => {
  it('Throttling: 400 with x-acs-retry-after in milliseconds', async () => {
    emulator.steering.faults.add({ kind: 'Throttling', retryAfterMs: 2500 });
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.headers.get('x-acs-retry-after')).toBe('2500');
    expect(await response.json()).toMatchObject({ Code: 'Throttling', RequestId: expect.stringMatching(/^[0-9A-F-]{36}$/) });
  });

  it('ServiceUnavailable 503 and InternalError 500, in ECS error shape', async () => {
    emulator.steering.faults.add({ kind: 'ServiceUnavailable', count: 1 });
    emulator.steering.faults.add({ kind: 'InternalError', count: 1 });
    const first = await send();
    const second = await send();
    expect([first.status, ((await first.json()) as { Code: string }).Code]).toEqual([503, 'ServiceUnavailable']);
    expect([second.status, ((await second.json()) as { Code: string }).Code]).toEqual([500, 'InternalError']);
    expect((await send()).status).toBe(200);
  });

  it('latency delays the answer, which is then normal', async () => {
    emulator.steering.faults.add({ kind: 'latency', latencyMs: 120 });
    const started = performance.now();
    const response = await send();
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(response.status).toBe(200);
  });

  it('dropConnection answers with a network error instead of a response', async () => {
    emulator.steering.faults.add({ kind: 'dropConnection', count: 1 });
    expect((await send()).type).toBe('error');
    expect((await send()).status).toBe(200);
  });

  it('next N: fails exactly the next N matching calls, then is gone', async () => {
    emulator.steering.faults.add({ kind: 'ServiceUnavailable', count: 2 });
    expect(await outcomes(3)).toEqual(['ServiceUnavailable', 'ServiceUnavailable', 'ok']);
    expect(emulator.steering.faults.list()).toEqual([]);
  });

  it('for one action: other actions are untouched and do not use up the count', async () => {
    emulator.steering.faults.add({ action: 'DescribeInstances', kind: 'InternalError', count: 1 });
    expect(await codeOf(await send('DescribeRegions'))).toBe('ok');
    expect(await codeOf(await send('DescribeInstances', { RegionId: 'cn-hangzhou' }))).toBe('InternalError');
    expect(await codeOf(await send('DescribeInstances', { RegionId: 'cn-hangzhou' }))).toBe('ok');
  });

  it('a rate is deterministic: the same seed fails the same calls in a fresh emulator', async () => {
    emulator.steering.faults.add({ kind: 'Throttling', rate: 0.3, seed: 42 });
    const first = await outcomes(40);
    emulator = createEmulator({ clock: 'manual', credentials: new Map([[KEY, SECRET]]) });
    protocol = createEcsProtocol(emulator);
    emulator.steering.faults.add({ kind: 'Throttling', rate: 0.3, seed: 42 });
    expect(await outcomes(40)).toEqual(first);
    expect(first).toContain('Throttling');
    expect(first).toContain('ok');
  });

  it('a rate fails about that share of calls; 0 never and 1 always', () => {
    const faults = emulator.steering.faults;
    faults.add({ kind: 'InternalError', rate: 0.25, seed: 7 });
    const decisions = Array.from({ length: 2000 }, () => faults.decide('DescribeImages').answer);
    const share = decisions.filter((answer) => answer === 'error').length / decisions.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
    faults.clear();
    faults.add({ kind: 'InternalError', rate: 0 });
    expect(Array.from({ length: 50 }, () => faults.decide('X').answer)).not.toContain('error');
    faults.clear();
    faults.add({ kind: 'InternalError', rate: 1 });
    expect(new Set(Array.from({ length: 50 }, () => faults.decide('X').answer))).toEqual(new Set(['error']));
  });

  it('lists what is active with its counters, and clears', async () => {
    const added = emulator.steering.faults.add({ action: 'DescribeRegions', kind: 'latency', latencyMs: 1 });
    await send();
    expect(emulator.steering.faults.list()).toEqual([{ ...added, seen: 1, fired: 1 }]);
    emulator.steering.faults.clear();
    expect(emulator.steering.faults.list()).toEqual([]);
  });

  it('never touches a request ECS would refuse anyway (bad signature)', async () => {
    emulator.steering.faults.add({ kind: 'ServiceUnavailable', count: 1 });
    const bad = await protocol(toRequest(v3Parts({ endpoint: ENDPOINT, action: 'DescribeRegions', accessKeyId: KEY, secret: 'wrong' })));
    expect(((await bad.json()) as { Code: string }).Code).toBe('SignatureDoesNotMatch');
    expect(emulator.steering.faults.list()[0]?.remaining).toBe(1);
  });

  it('reset clears every fault', async () => {
    emulator.steering.faults.add({ kind: 'InternalError' });
    emulator.reset();
    expect((await send()).status).toBe(200);
  });
});
