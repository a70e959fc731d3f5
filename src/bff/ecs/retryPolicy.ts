import { EcsCallError, NO_RESPONSE_CODES } from './port';

/**
 * When and how long the BFF waits before asking ECS again (docs/decisions: retry policy ADR).
 * Pure functions: the decorator (retryingEcsPort.ts) owns the loop and the clock.
 */
export interface RetryPolicy {
  /** Calls per port method in total, the first included. */
  maxAttempts: number;
  /** First backoff ceiling; doubled per retry, then drawn uniformly from [0, ceiling] ("full jitter"). */
  baseDelayMs: number;
  /** Ceiling of one backoff (an x-acs-retry-after may ask for longer and is honoured within the budget). */
  maxDelayMs: number;
  /** One attempt may take this long before it counts as "no response" (a RequestTimeout). */
  callTimeoutMs: number;
  /** All attempts and waits together: past it, the last error goes to the browser. */
  totalBudgetMs: number;
}

/**
 * Defaults sized for a browser waiting on a spinner: at most 4 calls within 25 s. The SDK's own
 * read timeout is 10 s and its connect timeout 5 s, so 12 s per attempt bounds a call even if a
 * socket never answers (and in-process interception, where socket timeouts do not apply).
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 200,
  maxDelayMs: 3_000,
  callTimeoutMs: 12_000,
  totalBudgetMs: 25_000,
};

/**
 * How safe it is to send a port call again when its outcome is unknown:
 * - 'read': Describe*, List*, Get*, Query*: nothing changes, always safe;
 * - 'idempotent': the call carries a ClientToken, so ECS answers a repeat with the first result;
 * - 'unsafe': any other mutation (Start/Stop/Reboot, Delete...): repeating one that ECS already
 *   carried out gives a misleading error (IncorrectInstanceStatus, NotFound), so it is repeated
 *   only when ECS said it did NOT act (throttled, service unavailable).
 */
export type CallSafety = 'read' | 'idempotent' | 'unsafe';

const READ_METHOD = /^(describe|list|get|query|find)/;

/** Decided from the method name and arguments, so methods added to the port later are covered too. */
export function callSafety(method: string, args: readonly unknown[]): CallSafety {
  if (READ_METHOD.test(method)) return 'read';
  const hasClientToken = args.some(
    (arg) => typeof arg === 'object' && arg !== null && typeof (arg as { clientToken?: unknown }).clientToken === 'string'
      && (arg as { clientToken: string }).clientToken !== '',
  );
  return hasClientToken ? 'idempotent' : 'unsafe';
}

/** ECS refused before doing anything: throttled (Throttling, Throttling.User, Throttling.Api, ...) or unavailable. */
function refusedWithoutActing(error: EcsCallError): boolean {
  return error.ecsCode.includes('Throttling') || error.ecsCode.startsWith('ServiceUnavailable') || error.httpStatus === 503;
}

/** ECS failed on its side or never answered: the call may or may not have happened. */
function outcomeUnknown(error: EcsCallError): boolean {
  if (error.ecsCode === NO_RESPONSE_CODES.timeout || error.ecsCode === NO_RESPONSE_CODES.network) return true;
  return error.httpStatus >= 500 || error.ecsCode === 'InternalError';
}

/** Whether a failed call may be sent again. 4xx business errors never are (only throttling is retried). */
export function isRetryable(error: unknown, safety: CallSafety): boolean {
  if (!(error instanceof EcsCallError)) return false;
  if (refusedWithoutActing(error)) return true;
  return safety !== 'unsafe' && outcomeUnknown(error);
}

/**
 * The wait before retry number `retry` (1 = the first retry): full jitter over an exponential
 * ceiling, but never shorter than what ECS asked for in x-acs-retry-after.
 */
export function backoffMs(policy: RetryPolicy, retry: number, random: number, retryAfterSeconds?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const jittered = Math.floor(random * ceiling);
  return retryAfterSeconds !== undefined ? Math.max(jittered, retryAfterSeconds * 1000) : jittered;
}

/**
 * DEFAULT_RETRY_POLICY with ECS_MAX_ATTEMPTS (1 turns retries off, e.g. for a demo or an e2e
 * test that wants to see one injected fault reach the screen) and ECS_CALL_TIMEOUT_MS.
 */
export function retryPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const read = (name: string, min: number, max: number): number | undefined => {
    const raw = env[name]?.trim();
    if (!raw) return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
    }
    return value;
  };
  return {
    ...DEFAULT_RETRY_POLICY,
    maxAttempts: read('ECS_MAX_ATTEMPTS', 1, 10) ?? DEFAULT_RETRY_POLICY.maxAttempts,
    callTimeoutMs: read('ECS_CALL_TIMEOUT_MS', 100, 120_000) ?? DEFAULT_RETRY_POLICY.callTimeoutMs,
  };
}
