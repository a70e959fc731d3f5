import { invalidParameter, missingParameter } from './errors';
import type { TagRecord } from './model';
import { EcsError, type EcsParams } from './types';

/** Readers for ECS's flat wire parameters: everything arrives as a string. */

/** An absent and an empty parameter mean the same to ECS: not given. */
export function optional(params: EcsParams, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === '' ? undefined : value;
}

export function required(params: EcsParams, name: string): string {
  const value = optional(params, name);
  if (value === undefined) throw missingParameter(name);
  return value;
}

export function bool(params: EcsParams, name: string): boolean {
  const value = optional(params, name);
  if (value === undefined) return false;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw invalidParameter(name);
}

export function integer(params: EcsParams, name: string, min = Number.MIN_SAFE_INTEGER): number | undefined {
  const value = optional(params, name);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw invalidParameter(name);
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min) throw invalidParameter(name);
  return number;
}

/** `InstanceIds`, `DiskIds`, `SnapshotIds`: a JSON array of strings sent as one string. */
export function jsonIdList(params: EcsParams, name: string, max = 100): string[] | undefined {
  const value = optional(params, name);
  if (value === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalidParameter(name);
  }
  if (!Array.isArray(parsed) || parsed.length > max || !parsed.every((id) => typeof id === 'string')) {
    throw invalidParameter(name);
  }
  return parsed as string[];
}

/** `ImageId=a,b` and `Status=Creating,Available`. */
export function commaList(params: EcsParams, name: string): string[] | undefined {
  const value = optional(params, name);
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], error: () => EcsError): T {
  if (!(allowed as readonly string[]).includes(value)) throw error();
  return value as T;
}

/** `Tag.N.Key` / `Tag.N.Value`, N from 1 to 20, in N order. A value without a key has key ''. */
export function tagsOf(params: EcsParams, maxTags = 20): TagRecord[] {
  const byIndex = new Map<number, TagRecord>();
  for (const [name, value] of Object.entries(params)) {
    const match = /^Tag\.(\d+)\.(Key|Value)$/.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    if (index < 1 || index > maxTags) {
      throw new EcsError(400, 'InvalidTagCount', 'The specified tags are beyond the permitted range.');
    }
    const tag = byIndex.get(index) ?? { key: '', value: '' };
    if (match[2] === 'Key') tag.key = value;
    else tag.value = value;
    byIndex.set(index, tag);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, tag]) => tag);
}

/**
 * ECS's name filters: `*` is a wildcard. Anchored (DescribeInstances InstanceName: exact unless
 * `*` is used) or substring (DescribeImages ImageName: fuzzy). Case-insensitive.
 */
export function nameMatcher(pattern: string, mode: 'anchored' | 'substring'): (name: string) => boolean {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(mode === 'anchored' ? `^${body}$` : body, 'i');
  return (name) => regex.test(name);
}
