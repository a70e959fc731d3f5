import { findRegion } from './seed/regions';

/**
 * IDs that look like ECS's (`m-bp1` + 17 lowercase alphanumerics) and are deterministic: the n-th
 * ID an account makes is the same after every reset, and different accounts get different IDs.
 */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_SEED = 'ecs-image-console/emulator/v1';

/** FNV-1a, 32-bit: a small stable hash, not for security. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** `length` characters drawn from `alphabet` by a PRNG (mulberry32) seeded with the key's hash. */
export function hashChars(key: string, length: number, alphabet = ALPHABET): string {
  let state = fnv1a(key);
  let out = '';
  for (let i = 0; i < length; i += 1) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const random = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out += alphabet[Math.floor(random * alphabet.length)];
  }
  return out;
}

export function regionCode(regionId: string): string {
  return findRegion(regionId)?.idCode ?? hashChars(regionId, 3);
}

/** A fixed ID derived from a key, e.g. a vSwitch per zone: `vsw-bp1...`. */
export function stableId(prefix: string, regionId: string, key: string): string {
  return `${prefix}-${regionCode(regionId)}${hashChars(key, 17)}`;
}

export interface IdFactory {
  next(prefix: 'i' | 'd' | 's' | 'm' | 't', regionId: string): string;
}

export function createIdFactory(accountKey: string): IdFactory {
  let counter = 0;
  return {
    next(prefix, regionId) {
      counter += 1;
      return stableId(prefix, regionId, `${ID_SEED}|${accountKey}|${counter}`);
    },
  };
}
