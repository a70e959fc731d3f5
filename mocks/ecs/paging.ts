import { invalidParameter } from './errors';
import { fnv1a } from './ids';
import { integer, optional } from './params';
import type { EcsParams } from './types';

/**
 * ECS's two ways to page a list:
 * - NextToken / MaxResults (preferred): MaxResults below 10 or unset -> 10, above the action's
 *   maximum -> that maximum; NextToken is opaque and a forged one is refused.
 * - PageNumber (default 1) / PageSize (default 10, at most 100), "about to be deprecated".
 * A request that names NextToken or MaxResults is paged by token.
 */
export interface PagingOptions {
  /** Names the list, so a token from DescribeDisks is no good to DescribeInstances. */
  kind: string;
  /** Largest MaxResults; 0 when the action pages by PageNumber only. */
  maxResults: number;
}

export interface Page<T> {
  items: T[];
  /** TotalCount and the paging fields ECS echoes. */
  fields: Record<string, unknown>;
}

const PAGE_SIZE_DEFAULT = 10;
const PAGE_SIZE_MAX = 100;
const MAX_RESULTS_MIN = 10;

export function paginate<T>(items: readonly T[], params: EcsParams, options: PagingOptions): Page<T> {
  const byToken =
    options.maxResults > 0 && (optional(params, 'NextToken') !== undefined || optional(params, 'MaxResults') !== undefined);
  return byToken ? pageByToken(items, params, options) : pageByNumber(items, params);
}

function pageByToken<T>(items: readonly T[], params: EcsParams, options: PagingOptions): Page<T> {
  const requested = integer(params, 'MaxResults') ?? MAX_RESULTS_MIN;
  const maxResults = Math.min(options.maxResults, Math.max(MAX_RESULTS_MIN, requested));
  const token = optional(params, 'NextToken');
  const offset = token === undefined ? 0 : decodeToken(options.kind, token);
  const end = offset + maxResults;
  return {
    items: items.slice(offset, end),
    fields: {
      TotalCount: items.length,
      NextToken: end < items.length ? encodeToken(options.kind, end) : '',
    },
  };
}

function pageByNumber<T>(items: readonly T[], params: EcsParams): Page<T> {
  const pageNumber = integer(params, 'PageNumber', 1) ?? 1;
  const pageSize = Math.min(PAGE_SIZE_MAX, integer(params, 'PageSize', 1) ?? PAGE_SIZE_DEFAULT);
  const start = (pageNumber - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    fields: { TotalCount: items.length, PageNumber: pageNumber, PageSize: pageSize },
  };
}

function signature(kind: string, body: string): string {
  return ['a', 'b', 'c'].map((salt) => fnv1a(`${salt}|${kind}|${body}`).toString(16).padStart(8, '0')).join('');
}

/** 32 hex characters, like ECS's tokens: a signature over the list kind and offset, then the offset. */
export function encodeToken(kind: string, offset: number): string {
  const body = offset.toString(16).padStart(8, '0');
  return `${signature(kind, body)}${body}`;
}

function decodeToken(kind: string, token: string): number {
  if (!/^[0-9a-f]{32}$/.test(token)) throw invalidParameter('NextToken');
  const body = token.slice(24);
  if (signature(kind, body) !== token.slice(0, 24)) throw invalidParameter('NextToken');
  return parseInt(body, 16);
}
