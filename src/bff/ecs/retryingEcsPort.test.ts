import { EcsCallError, NO_RESPONSE_CODES } from './port';
import { withRetries, type RetryDeps } from './retryingEcsPort';
import type { RetryPolicy } from './retryPolicy';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 3_000, callTimeoutMs: 1_000, totalBudgetMs: 25_000 };

const ecsError = (ecsCode: string, httpStatus: number, retryAfterSeconds?: number) =>
  new EcsCallError({ action: 'X', ecsCode, message: `${ecsCode} happened`, httpStatus, requestId: 'REQ-1', retryAfterSeconds });
const noResponse = () => new EcsCallError({ action: 'X', ecsCode: NO_RESPONSE_CODES.network, message: 'reset', httpStatus: 0 });

/** A clock that only sleep() moves, and a record of every wait. */
function fakeTime(random = 0.5) {
  let now = 0;
  const waits: number[] = [];
  const deps: RetryDeps = {
    now: () => now,
    random: () => random,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  };
  return { deps, waits };
}

/** A port whose method fails with the given errors, in order, then answers. */
function scriptedPort(failures: EcsCallError[]) {
  const calls: unknown[][] = [];
  const next = async (...args: unknown[]) => {
    calls.push(args);
    const failure = failures.shift();
    if (failure) throw failure;
    return { ok: true, args };
  };
  return {
    calls,
    port: {
      describeImages: next,
      createImage: next,
      stopInstance: next,
      // Stands for a method another engineer adds later: it is wrapped without being named here.
      deleteImage: next,
    },
  };
}

it('retries throttling and 5xx on a read until ECS answers', async () => {
  const { port, calls } = scriptedPort([ecsError('Throttling.User', 400), ecsError('ServiceUnavailable', 503), ecsError('InternalError', 500)]);
  const { deps, waits } = fakeTime();
  await expect(withRetries(port, policy, deps).describeImages('cn-hangzhou', {})).resolves.toMatchObject({ ok: true });
  expect(calls).toHaveLength(4);
  expect(waits).toEqual([100, 200, 400]);
});

it('draws each wait from zero up to a doubling ceiling (full jitter) capped at maxDelayMs', async () => {
  const failures = Array.from({ length: 8 }, () => ecsError('InternalError', 500));
  const { port } = scriptedPort(failures);
  const { deps, waits } = fakeTime(0.999);
  await expect(withRetries(port, { ...policy, maxAttempts: 8 }, deps).describeImages()).rejects.toThrow('InternalError');
  expect(waits).toEqual([199, 399, 799, 1598, 2997, 2997, 2997]);

  const zero = fakeTime(0);
  await expect(withRetries(scriptedPort([ecsError('InternalError', 500)]).port, policy, zero.deps).describeImages()).resolves.toBeTruthy();
  expect(zero.waits).toEqual([0]);
});

it("waits at least as long as ECS's x-acs-retry-after", async () => {
  const { port } = scriptedPort([ecsError('Throttling', 400, 2)]);
  const { deps, waits } = fakeTime();
  await withRetries(port, policy, deps).describeImages();
  expect(waits).toEqual([2000]);
});

it('gives up at once when the asked-for wait would overrun the total budget, keeping the throttle error', async () => {
  const { port, calls } = scriptedPort([ecsError('Throttling', 400, 60)]);
  const { deps } = fakeTime();
  const failure = await withRetries(port, policy, deps).describeImages().catch((error: unknown) => error);
  expect(failure).toMatchObject({ ecsCode: 'Throttling', retryAfterSeconds: 60 });
  expect(calls).toHaveLength(1);
});

it('never retries a 4xx business error', async () => {
  for (const [code, status] of [['InvalidImageName.Duplicated', 400], ['QuotaExceed.Image', 403], ['InvalidInstanceId.NotFound', 404], ['IncorrectInstanceStatus', 400]] as const) {
    const { port, calls } = scriptedPort([ecsError(code, status)]);
    await expect(withRetries(port, policy, fakeTime().deps).createImage('r', { clientToken: 't' })).rejects.toMatchObject({ ecsCode: code });
    expect(calls).toHaveLength(1);
  }
});

it('stops after maxAttempts and throws the last error', async () => {
  const { port, calls } = scriptedPort([1, 2, 3, 4, 5].map(() => ecsError('ServiceUnavailable', 503)));
  await expect(withRetries(port, policy, fakeTime().deps).describeImages()).rejects.toMatchObject({ ecsCode: 'ServiceUnavailable' });
  expect(calls).toHaveLength(4);
});

it('repeats CreateImage after a lost response with the same ClientToken', async () => {
  const { port, calls } = scriptedPort([noResponse(), ecsError('InternalError', 500)]);
  const request = { instanceId: 'i-1', imageName: 'golden', clientToken: 'token-from-browser' };
  await withRetries(port, policy, fakeTime().deps).createImage('cn-hangzhou', request);
  expect(calls).toHaveLength(3);
  for (const args of calls) expect(args).toEqual(['cn-hangzhou', request]);
});

it('repeats a mutation without a ClientToken only when ECS said it did not act', async () => {
  for (const unknownOutcome of [noResponse(), ecsError('InternalError', 500)]) {
    const { port, calls } = scriptedPort([unknownOutcome]);
    await expect(withRetries(port, policy, fakeTime().deps).stopInstance('r', 'i-1')).rejects.toBe(unknownOutcome);
    expect(calls).toHaveLength(1);
  }
  const { port, calls } = scriptedPort([ecsError('Throttling', 400), ecsError('ServiceUnavailable', 503)]);
  await expect(withRetries(port, policy, fakeTime().deps).deleteImage('r', 'm-1')).resolves.toBeTruthy();
  expect(calls).toHaveLength(3);
});

it('bounds every attempt with the call timeout, then retries', async () => {
  let calls = 0;
  const port = {
    describeRegions: () => {
      calls += 1;
      // The first call never settles, as when a socket hangs.
      return calls === 1 ? new Promise<never>(() => undefined) : Promise.resolve(['cn-hangzhou']);
    },
  };
  const retries: string[] = [];
  const wrapped = withRetries(port, { ...policy, callTimeoutMs: 20, baseDelayMs: 1 }, { onRetry: (e) => retries.push(e.error.ecsCode) });
  await expect(wrapped.describeRegions()).resolves.toEqual(['cn-hangzhou']);
  expect(retries).toEqual([NO_RESPONSE_CODES.timeout]);
});

it('reports a call that never answers as a RequestTimeout of its ECS action', async () => {
  const port = { describeInstances: () => new Promise<never>(() => undefined) };
  const wrapped = withRetries(port, { ...policy, maxAttempts: 1, callTimeoutMs: 10 });
  await expect(wrapped.describeInstances()).rejects.toMatchObject({
    action: 'DescribeInstances',
    ecsCode: NO_RESPONSE_CODES.timeout,
    httpStatus: 0,
  });
});

it('passes non-ECS errors (bugs) straight through without retrying', async () => {
  let calls = 0;
  const port = {
    describeZones: async () => {
      calls += 1;
      throw new TypeError('bug');
    },
  };
  await expect(withRetries(port, policy, fakeTime().deps).describeZones()).rejects.toThrow(TypeError);
  expect(calls).toBe(1);
});
