import type { Session } from 'fastify';
import { describe, expect, it } from 'vitest';
import { BoundedMemoryStore } from './sessionStore';

const session = (username: string) => ({ user: { username, role: 'viewer' } }) as unknown as Session;
const read = (store: BoundedMemoryStore, id: string) =>
  new Promise<Session | null | undefined>((resolve) => store.get(id, (_error, value) => resolve(value)));
const save = (store: BoundedMemoryStore, id: string, value: Session) => new Promise<void>((resolve) => store.set(id, value, () => resolve()));

describe('BoundedMemoryStore', () => {
  it('forgets a session once its time is up', async () => {
    let now = 1_000;
    const store = new BoundedMemoryStore({ ttlMs: 60_000, maxSessions: 10, now: () => now });
    await save(store, 'a', session('vera'));
    now += 59_000;
    expect(await read(store, 'a')).toMatchObject({ user: { username: 'vera' } });
    now += 2_000;
    expect(await read(store, 'a')).toBeNull();
    expect(store.size).toBe(0);
  });

  it('keeps at most maxSessions, dropping the least recently saved', async () => {
    const store = new BoundedMemoryStore({ ttlMs: 60_000, maxSessions: 2 });
    await save(store, 'a', session('a'));
    await save(store, 'b', session('b'));
    await save(store, 'a', session('a'));
    await save(store, 'c', session('c'));
    expect(store.size).toBe(2);
    expect(await read(store, 'b')).toBeNull();
    expect(await read(store, 'a')).not.toBeNull();
    expect(await read(store, 'c')).not.toBeNull();
  });
});
