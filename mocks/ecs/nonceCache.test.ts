import { NonceCache } from './nonceCache';

describe('NonceCache', () => {
  it('refuses a nonce seen within the window, per AccessKeyId', () => {
    const cache = new NonceCache(1000);
    expect(cache.claim('ak1', 'n', 0)).toBe(true);
    expect(cache.claim('ak1', 'n', 999)).toBe(false);
    expect(cache.claim('ak2', 'n', 999)).toBe(true);
  });

  it('forgets nonces once the window has passed', () => {
    const cache = new NonceCache(1000);
    cache.claim('ak', 'n', 0);
    expect(cache.claim('ak', 'n', 1001)).toBe(true);
  });

  it('never holds more than its bound, dropping the oldest first', () => {
    const cache = new NonceCache(60_000, 3);
    for (const nonce of ['a', 'b', 'c', 'd']) cache.claim('ak', nonce, 0);
    expect(cache.size).toBe(3);
    for (const nonce of ['b', 'c', 'd']) expect(cache.claim('ak', nonce, 1)).toBe(false);
    expect(cache.size).toBe(3);
    expect(cache.claim('ak', 'a', 1)).toBe(true);
  });
});
