import { queryOptions, type Query } from '@tanstack/react-query';
import {
  createImageResultSchema,
  snapshotPageSchema,
  type CreateImageFromSnapshotBody,
  type SnapshotPage,
  type SnapshotStatus,
} from '../../../contract';
import { apiGet, apiPath, apiPost } from '../../api/http';
import { isTerminalSnapshotStatus } from '../../ui/status';

/** Snapshots move fast (seconds per GiB); poll as often as the image pages do. */
export const SNAPSHOT_POLL_MS = 2_000;

export type SnapshotUsageFilter = 'image' | 'disk' | 'image_disk' | 'none';

/** One page of the list as the page asks for it; every field present so keys are stable. */
export interface SnapshotPageQuery {
  instanceId: string | undefined;
  diskId: string | undefined;
  usage: SnapshotUsageFilter | undefined;
  status: SnapshotStatus | undefined;
  sourceDiskType: 'system' | 'data' | undefined;
  nextToken: string | undefined;
  maxResults: number;
}

/**
 * The snapshots feature's key factory. Everything of a region sits under ['snapshots', regionId],
 * so creating or deleting an image can refresh every list of that region at once.
 */
export const snapshotKeys = {
  region: (regionId: string) => ['snapshots', regionId] as const,
  lists: (regionId: string) => [...snapshotKeys.region(regionId), 'list'] as const,
  list: (regionId: string, query: SnapshotPageQuery) => [...snapshotKeys.lists(regionId), query] as const,
};

const isProgressing = (page: SnapshotPage | undefined) =>
  page?.snapshots.some((snapshot) => !isTerminalSnapshotStatus(snapshot.status)) ?? false;

export function snapshotListQuery(regionId: string, query: SnapshotPageQuery) {
  return queryOptions({
    queryKey: snapshotKeys.list(regionId, query),
    queryFn: () =>
      apiGet(
        apiPath(['regions', regionId, 'snapshots'], {
          instanceId: query.instanceId,
          diskId: query.diskId,
          usage: query.usage,
          status: query.status,
          sourceDiskType: query.sourceDiskType,
          nextToken: query.nextToken,
          maxResults: query.maxResults,
        }),
        snapshotPageSchema,
      ),
    // Poll only while a listed snapshot is still progressing; stop once all are terminal.
    refetchInterval: (current: Query<SnapshotPage, Error>) => (isProgressing(current.state.data) ? SNAPSHOT_POLL_MS : false),
  });
}

/** What the data disk picker offers: the region's completed data disk snapshots (one page of 100). */
export const dataDiskSnapshotsQuery = (regionId: string) =>
  snapshotListQuery(regionId, {
    instanceId: undefined,
    diskId: undefined,
    usage: undefined,
    status: 'accomplished',
    sourceDiskType: 'data',
    nextToken: undefined,
    maxResults: 100,
  });

export function createImageFromSnapshot(regionId: string, body: CreateImageFromSnapshotBody) {
  return apiPost(apiPath(['regions', regionId, 'images']), createImageResultSchema, body);
}

export const snapshotsPath = (regionId: string, filters: { instanceId?: string; diskId?: string } = {}) => {
  const search = new URLSearchParams();
  if (filters.instanceId) search.set('instanceId', filters.instanceId);
  if (filters.diskId) search.set('diskId', filters.diskId);
  const qs = search.toString();
  return `/regions/${encodeURIComponent(regionId)}/snapshots${qs ? `?${qs}` : ''}`;
};
