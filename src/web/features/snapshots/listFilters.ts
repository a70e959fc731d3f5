import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { snapshotStatuses, snapshotUsages, type SnapshotStatus } from '../../../contract';
import { PAGE_SIZE_OPTIONS, type PageSize } from '../instances/listFilters';
import type { SnapshotPageQuery, SnapshotUsageFilter } from './api';

/** The filters of the Snapshots page, kept in the URL (?instanceId=&diskId=&usage=&status=&pageSize=). */
export interface SnapshotFilters {
  instanceId: string;
  diskId: string;
  usage: SnapshotUsageFilter | undefined;
  status: SnapshotStatus | undefined;
  pageSize: PageSize;
}

export const NO_SNAPSHOT_FILTERS = { instanceId: '', diskId: '', usage: undefined, status: undefined } as const;

/** The contract's ID shape: a filter the BFF would refuse never leaves the page. */
export const isResourceId = (text: string) => /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/.test(text);

const oneOf = <T extends string>(values: readonly T[], text: string | null): T | undefined =>
  values.find((value) => value === text);

const idOrEmpty = (text: string | null) => {
  const trimmed = (text ?? '').trim();
  return isResourceId(trimmed) ? trimmed : '';
};

/** Reads the URL forgivingly: anything unknown or malformed falls back to "no filter". */
export function readSnapshotFilters(params: URLSearchParams): SnapshotFilters {
  return {
    instanceId: idOrEmpty(params.get('instanceId')),
    diskId: idOrEmpty(params.get('diskId')),
    usage: oneOf(snapshotUsages, params.get('usage')),
    status: oneOf(snapshotStatuses, params.get('status')),
    pageSize: PAGE_SIZE_OPTIONS.find((size) => String(size) === params.get('pageSize')) ?? PAGE_SIZE_OPTIONS[0],
  };
}

/** Only what differs from the defaults goes into the URL. */
export function writeSnapshotFilters(filters: SnapshotFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.instanceId) params.set('instanceId', filters.instanceId);
  if (filters.diskId) params.set('diskId', filters.diskId);
  if (filters.usage) params.set('usage', filters.usage);
  if (filters.status) params.set('status', filters.status);
  if (filters.pageSize !== PAGE_SIZE_OPTIONS[0]) params.set('pageSize', String(filters.pageSize));
  return params;
}

export const hasSnapshotFilters = (filters: SnapshotFilters) =>
  Boolean(filters.instanceId || filters.diskId || filters.usage || filters.status);

export function toSnapshotQuery(filters: SnapshotFilters, nextToken: string | undefined): SnapshotPageQuery {
  return {
    instanceId: filters.instanceId || undefined,
    diskId: filters.diskId || undefined,
    usage: filters.usage,
    status: filters.status,
    sourceDiskType: undefined,
    nextToken,
    maxResults: filters.pageSize,
  };
}

/** The URL's filters and a setter that merges a change into them (one history entry each). */
export function useSnapshotFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readSnapshotFilters(params), [params]);
  const update = useCallback(
    (change: Partial<SnapshotFilters>) => setParams(writeSnapshotFilters({ ...readSnapshotFilters(params), ...change })),
    [params, setParams],
  );
  return [filters, update] as const;
}
