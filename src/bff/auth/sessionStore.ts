import type { Session } from 'fastify';
import type { SessionStore } from '@fastify/session';

interface Entry {
  session: Session;
  expiresAt: number;
}

/**
 * Sessions in this process's memory, each forgotten when its cookie expires, and never more than
 * `maxSessions` (the oldest go first), so a flood of sign-ins cannot grow memory without bound.
 * One process only: several copies of the BFF need sticky routing or a shared store (ADR 005).
 */
export class BoundedMemoryStore implements SessionStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly options: { ttlMs: number; maxSessions: number; now?: () => number },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  get size(): number {
    return this.entries.size;
  }

  set(sessionId: string, session: Session, callback: (error?: unknown) => void): void {
    const expires = session.cookie?.expires ? new Date(session.cookie.expires).getTime() : NaN;
    const expiresAt = Number.isFinite(expires) ? expires : this.now() + this.options.ttlMs;
    // Re-inserting moves the session to the end: the Map's order is then least recently saved first.
    this.entries.delete(sessionId);
    this.entries.set(sessionId, { session, expiresAt });
    this.evict();
    callback();
  }

  get(sessionId: string, callback: (error: unknown, session?: Session | null) => void): void {
    const entry = this.entries.get(sessionId);
    if (!entry || entry.expiresAt <= this.now()) {
      this.entries.delete(sessionId);
      callback(null, null);
      return;
    }
    callback(null, entry.session);
  }

  destroy(sessionId: string, callback: (error?: unknown) => void): void {
    this.entries.delete(sessionId);
    callback();
  }

  private evict(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) {
      if (this.entries.size <= this.options.maxSessions && entry.expiresAt > now) break;
      if (entry.expiresAt <= now || this.entries.size > this.options.maxSessions) this.entries.delete(id);
    }
  }
}
