/**
 * A tiny Emulator for protocol tests: fixed answers and a record of what each action received, so
 * the wire layer is tested on its own, independently of the model's state and seed.
 */
import { EcsError, type ActionContext, type EcsParams, type Emulator } from '../ecs/types';

export const FAKE_ACCESS_KEY_ID = 'testid';
export const FAKE_ACCESS_KEY_SECRET = 'testsecret';

export interface FakeEmulator extends Emulator {
  calls: Array<{ action: string; context: ActionContext; params: EcsParams }>;
  resets: number;
}

export function createFakeEmulator(): FakeEmulator {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const fake: FakeEmulator = {
    calls: [],
    resets: 0,
    credentials: new Map([[FAKE_ACCESS_KEY_ID, FAKE_ACCESS_KEY_SECRET]]),
    clock: {
      now: () => now,
      advance: (seconds) => {
        now += seconds * 1000;
      },
    },
    reset: () => {
      fake.resets += 1;
    },
    actions: {
      DescribeRegions: (context, params) => {
        fake.calls.push({ action: 'DescribeRegions', context, params });
        return { Regions: { Region: [{ RegionId: 'cn-hangzhou', LocalName: 'China (Hangzhou)' }] } };
      },
      DescribeThrottled: () => {
        throw new EcsError(400, 'Throttling.User', 'Request was denied due to user flow control.', {
          'x-acs-retry-after': '1500',
        });
      },
      DescribeBroken: () => {
        throw new TypeError('cannot read properties of undefined');
      },
    },
  };
  return fake;
}
