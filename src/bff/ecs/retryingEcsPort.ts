import { EcsCallError, NO_RESPONSE_CODES } from './port';
import { DEFAULT_RETRY_POLICY, backoffMs, callSafety, isRetryable, type RetryPolicy } from './retryPolicy';

/** Time and chance, injectable so tests neither sleep nor depend on luck. */
export interface RetryDeps {
  sleep(ms: number): Promise<void>;
  /** Uniform in [0, 1). */
  random(): number;
  now(): number;
  /** Told before each wait: for logs and the drill's counters. */
  onRetry?(event: RetryEvent): void;
}

export interface RetryEvent {
  method: string;
  /** The retry about to be made: 1 for the second call. */
  retry: number;
  delayMs: number;
  error: EcsCallError;
}

const realDeps: RetryDeps = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

/** 'createImage' -> 'CreateImage', the ECS action a timeout is reported against. */
const actionOf = (method: string) => method.charAt(0).toUpperCase() + method.slice(1);

/**
 * One attempt, bounded: past `timeoutMs` it fails as a RequestTimeout (no response). The
 * abandoned call keeps running in the SDK; its late outcome is ignored, never unhandled.
 */
function withTimeout<T>(method: string, call: () => Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new EcsCallError({
          action: actionOf(method),
          ecsCode: NO_RESPONSE_CODES.timeout,
          message: `ECS did not answer within ${Math.round(timeoutMs / 1000)} s.`,
          httpStatus: 0,
        }),
      );
    }, timeoutMs);
    let pending: Promise<T>;
    try {
      pending = call();
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function callWithRetries<T>(
  method: string,
  args: readonly unknown[],
  call: () => Promise<T>,
  policy: RetryPolicy,
  deps: RetryDeps,
): Promise<T> {
  const safety = callSafety(method, args);
  const deadline = deps.now() + policy.totalBudgetMs;
  for (let attempt = 1; ; attempt++) {
    const remaining = deadline - deps.now();
    try {
      return await withTimeout(method, call, Math.max(1, Math.min(policy.callTimeoutMs, remaining)));
    } catch (error) {
      if (attempt >= policy.maxAttempts || !isRetryable(error, safety)) throw error;
      const failure = error as EcsCallError;
      const delayMs = backoffMs(policy, attempt, deps.random(), failure.retryAfterSeconds);
      // A wait that would use up the budget helps no one: the browser hears the error now
      // (a throttle keeps its Retry-After, so the user knows when to try again).
      if (deps.now() + delayMs >= deadline) throw error;
      deps.onRetry?.({ method, retry: attempt, delayMs, error: failure });
      await deps.sleep(delayMs);
    }
  }
}

/**
 * The EcsPort (or any port-shaped object) with a per-call timeout and retries for what ECS
 * documents as transient. Every method is wrapped through a Proxy, so methods other engineers
 * add to the port are covered without touching this file. CreateImage is retried with the
 * caller's ClientToken unchanged (it is in the arguments), so ECS answers a repeat with the
 * first ImageId rather than making a second image.
 */
export function withRetries<P extends object>(
  port: P,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  deps: Partial<RetryDeps> = {},
): P {
  const effective: RetryDeps = { ...realDeps, ...deps };
  return new Proxy(port, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      return (...args: unknown[]) =>
        callWithRetries(property, args, () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args), policy, effective);
    },
  });
}
