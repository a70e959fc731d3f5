/**
 * Remembers signature nonces for the 15 minutes a signed request stays valid, so a replayed
 * request is refused with SignatureNonceUsed. Bounded: the oldest entries go first.
 */
export const SIGNATURE_WINDOW_MS = 15 * 60 * 1000;

export class NonceCache {
  /** key -> wall time first seen; a Map iterates in insertion order, oldest first. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs = SIGNATURE_WINDOW_MS,
    private readonly maxEntries = 100_000,
  ) {}

  /** Records the nonce; false when it was already used within the window. */
  claim(accessKeyId: string, nonce: string, nowMs: number): boolean {
    this.evictExpired(nowMs);
    const key = `${accessKeyId}\n${nonce}`;
    if (this.seen.has(key)) return false;
    this.makeRoom();
    this.seen.set(key, nowMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private evictExpired(nowMs: number): void {
    for (const [key, firstSeen] of this.seen) {
      if (nowMs - firstSeen <= this.windowMs) break;
      this.seen.delete(key);
    }
  }

  private makeRoom(): void {
    for (const key of this.seen.keys()) {
      if (this.seen.size < this.maxEntries) break;
      this.seen.delete(key);
    }
  }
}
