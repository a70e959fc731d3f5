import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { instanceStatuses, type InstanceStatus } from '../../../contract';
import type { InstancePageQuery } from './api';

/** What the search box searches: ECS filters by instance name (fuzzy) or by exact instance ID. */
export type SearchField = 'name' | 'instanceId';
export const searchFields: readonly SearchField[] = ['name', 'instanceId'];

export const PAGE_SIZE_OPTIONS = [10, 20, 50] as const;
export type PageSize = (typeof PAGE_SIZE_OPTIONS)[number];
const DEFAULT_PAGE_SIZE: PageSize = 10;

/** The filters applied to the list, kept in the URL (?name=&instanceId=&status=&pageSize=). */
export interface InstanceFilters {
  field: SearchField;
  text: string;
  status: InstanceStatus | undefined;
  pageSize: PageSize;
}

export const NO_FILTERS = { field: 'name', text: '', status: undefined } as const;

const isStatus = (value: string | null): value is InstanceStatus =>
  (instanceStatuses as readonly string[]).includes(value ?? '');

const toPageSize = (value: string | null): PageSize =>
  PAGE_SIZE_OPTIONS.find((size) => String(size) === value) ?? DEFAULT_PAGE_SIZE;

/** Reads the URL forgivingly: an unknown status or page size falls back to the default. */
export function readFilters(params: URLSearchParams): InstanceFilters {
  const instanceId = params.get('instanceId');
  const status = params.get('status');
  const base = { status: isStatus(status) ? status : undefined, pageSize: toPageSize(params.get('pageSize')) };
  if (instanceId) return { ...base, field: 'instanceId', text: instanceId };
  return { ...base, field: 'name', text: params.get('name') ?? '' };
}

/** Writes only what differs from the defaults, so the plain page keeps a plain URL. */
export function writeFilters(filters: InstanceFilters): URLSearchParams {
  const params = new URLSearchParams();
  const text = filters.text.trim();
  if (text) params.set(filters.field, text);
  if (filters.status) params.set('status', filters.status);
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(filters.pageSize));
  return params;
}

export const hasActiveFilters = (filters: InstanceFilters) => filters.text.trim() !== '' || filters.status !== undefined;

export function toListQuery(filters: InstanceFilters, nextToken: string | undefined): InstancePageQuery {
  const text = filters.text.trim();
  return {
    name: filters.field === 'name' && text ? text : undefined,
    instanceId: filters.field === 'instanceId' && text ? text : undefined,
    status: filters.status,
    nextToken,
    maxResults: filters.pageSize,
  };
}

/** The URL's filters and a setter that merges a change into them (one history entry each). */
export function useInstanceFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const update = useCallback(
    (change: Partial<InstanceFilters>) => setParams(writeFilters({ ...readFilters(params), ...change })),
    [params, setParams],
  );
  return [filters, update] as const;
}
