/**
 * Faults on demand: for one action or all, a rate (drawn from a seeded generator, so the same
 * fault fails the same calls every run) or the next N calls. The protocol asks `decide(action)`
 * once per authenticated request and answers as told.
 */
import type { FaultKind, MockFault, MockFaultBody } from '../../../src/contract/mockControl';
import { EcsError } from '../types';

export type FaultOutcome =
  | { delayMs: number; answer: 'normal' }
  | { delayMs: number; answer: 'error'; error: EcsError }
  | { delayMs: number; answer: 'drop' };

export interface FaultInjector {
  add(spec: MockFaultBody): MockFault;
  remove(id: string): boolean;
  clear(): void;
  list(): MockFault[];
  /** What to do with one call of `action`; counts and random draws advance here. */
  decide(action: string): FaultOutcome;
}

export const DEFAULT_RETRY_AFTER_MS = 1000;
const DEFAULT_SEED = 1;

/** mulberry32: tiny, fast and good enough to spread failures evenly; deterministic per seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ECS's own codes, statuses and wording (ecs-reference §1.7). */
export function faultError(kind: Exclude<FaultKind, 'latency' | 'dropConnection'>, retryAfterMs = DEFAULT_RETRY_AFTER_MS): EcsError {
  switch (kind) {
    case 'Throttling':
      return new EcsError(
        400,
        'Throttling',
        'You have made too many requests within a short time; your request is denied due to request throttling.',
        { 'x-acs-retry-after': String(retryAfterMs) },
      );
    case 'ServiceUnavailable':
      return new EcsError(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
    case 'InternalError':
      return new EcsError(500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.');
  }
}

interface ActiveFault {
  view: MockFault;
  random: () => number;
}

export function createFaultInjector(): FaultInjector {
  let faults: ActiveFault[] = [];
  let nextId = 1;

  /** True when this fault changes this call; consumes one draw or one of the remaining calls. */
  const fires = (fault: ActiveFault): boolean => {
    const { view } = fault;
    view.seen += 1;
    let hit: boolean;
    if (view.remaining !== undefined) hit = view.remaining > 0;
    else if (view.rate !== undefined) hit = fault.random() < view.rate;
    else hit = true;
    if (hit) {
      view.fired += 1;
      if (view.remaining !== undefined) view.remaining -= 1;
    }
    return hit;
  };

  return {
    add(spec) {
      const view: MockFault = {
        id: `fault-${nextId++}`,
        ...(spec.action === undefined ? {} : { action: spec.action }),
        kind: spec.kind,
        ...(spec.rate === undefined ? {} : { rate: spec.rate, seed: spec.seed ?? DEFAULT_SEED }),
        ...(spec.count === undefined ? {} : { remaining: spec.count }),
        ...(spec.latencyMs === undefined ? {} : { latencyMs: spec.latencyMs }),
        ...(spec.kind === 'Throttling' ? { retryAfterMs: spec.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS } : {}),
        seen: 0,
        fired: 0,
      };
      faults.push({ view, random: seededRandom(spec.seed ?? DEFAULT_SEED) });
      return { ...view };
    },
    remove(id) {
      const before = faults.length;
      faults = faults.filter((fault) => fault.view.id !== id);
      return faults.length < before;
    },
    clear() {
      faults = [];
    },
    list: () => faults.map((fault) => ({ ...fault.view })),
    decide(action) {
      let delayMs = 0;
      let outcome: FaultOutcome = { delayMs: 0, answer: 'normal' };
      // In the order they were added; the first failure that fires decides, later ones are not consulted.
      for (const fault of faults) {
        const { view } = fault;
        if (view.action !== undefined && view.action !== action) continue;
        if (!fires(fault)) continue;
        delayMs += view.latencyMs ?? 0;
        if (view.kind === 'latency') continue;
        outcome =
          view.kind === 'dropConnection'
            ? { delayMs: 0, answer: 'drop' }
            : { delayMs: 0, answer: 'error', error: faultError(view.kind, view.retryAfterMs) };
        break;
      }
      // A count fault that has done its work is gone, as if cleared.
      faults = faults.filter((fault) => fault.view.remaining === undefined || fault.view.remaining > 0);
      return { ...outcome, delayMs };
    },
  };
}
