import { describe, expect, it } from 'vitest';
import { rowActionAvailability } from './rowActionRules';
import { makeBuild, makeInstance } from './testing/fixtures';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const reasons = (...args: Parameters<typeof rowActionAvailability>) =>
  Object.fromEntries(
    Object.entries(rowActionAvailability(...args)).map(([action, a]) => [action, a.enabled ? 'enabled' : a.reasonKey.split('.').at(-1)]),
  );

describe('rowActionAvailability', () => {
  it('follows ECS status rules: Start needs Stopped, Stop and Restart need Running, imaging needs either', () => {
    expect(reasons(makeInstance({ status: 'Running' }), undefined, NOW)).toEqual({
      start: 'alreadyRunning', stop: 'enabled', restart: 'enabled', createImage: 'enabled',
    });
    expect(reasons(makeInstance({ status: 'Stopped' }), undefined, NOW)).toEqual({
      start: 'enabled', stop: 'alreadyStopped', restart: 'mustBeRunning', createImage: 'enabled',
    });
    expect(reasons(makeInstance({ status: 'Stopping' }), undefined, NOW)).toEqual({
      start: 'mustBeStopped', stop: 'alreadyStopping', restart: 'mustBeRunning', createImage: 'mustBeRunningOrStopped',
    });
    expect(reasons(makeInstance({ status: 'Starting' }), undefined, NOW)).toMatchObject({ start: 'alreadyStarting' });
  });

  it('refuses every state change while an image is built from the instance, but not another image', () => {
    expect(reasons(makeInstance({ status: 'Stopped' }), makeBuild(), NOW)).toEqual({
      start: 'imageBeingCreated', stop: 'imageBeingCreated', restart: 'imageBeingCreated', createImage: 'enabled',
    });
  });

  it('puts a security lock first, then an expired subscription', () => {
    const lockedAndExpired = makeInstance({ lockReasons: ['security'], chargeType: 'PrePaid', expiredTime: '2026-05-01T00:00Z' });
    expect(new Set(Object.values(reasons(lockedAndExpired, makeBuild(), NOW)))).toEqual(new Set(['securityLocked']));
    const expired = makeInstance({ chargeType: 'PrePaid', expiredTime: '2026-05-01T00:00Z' });
    expect(new Set(Object.values(reasons(expired, undefined, NOW)))).toEqual(new Set(['expired']));
    const financial = makeInstance({ lockReasons: ['financial'] });
    expect(new Set(Object.values(reasons(financial, undefined, NOW)))).toEqual(new Set(['locked']));
  });

  it('treats a subscription that ends later, and pay-as-you-go, as not expired', () => {
    const active = makeInstance({ chargeType: 'PrePaid', expiredTime: '2026-07-01T00:00Z' });
    expect(reasons(active, undefined, NOW).stop).toBe('enabled');
    const postPaid = makeInstance({ chargeType: 'PostPaid', expiredTime: '2020-01-01T00:00Z' });
    expect(reasons(postPaid, undefined, NOW).stop).toBe('enabled');
  });
});
