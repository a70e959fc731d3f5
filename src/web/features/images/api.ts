import { queryOptions, type Query } from '@tanstack/react-query';
import {
  createImageResultSchema,
  diskListSchema,
  imageListSchema,
  imageSchema,
  snapshotListSchema,
  type CreateImageBody,
  type Image,
  type ImageList,
  type ImageStatus,
  type SnapshotList,
} from '../../../contract';
import { ApiError, apiGet, apiPath, apiPost } from '../../api/http';
import { isTerminalImageStatus, isTerminalSnapshotStatus } from '../../ui/status';

/** How often something still in progress is asked about again. */
export const POLL_INTERVAL_MS = 2_000;

/** The list query as the page keeps it in the URL; every field present so keys are stable. */
export interface ImageListParams {
  name: string;
  status: 'All' | ImageStatus;
  pageNumber: number;
  pageSize: number;
}

/**
 * The one key factory of the images feature. Everything of a region sits under
 * ['images', regionId], so a Create can invalidate lists and details of that region at once.
 */
export const imageKeys = {
  region: (regionId: string) => ['images', regionId] as const,
  lists: (regionId: string) => [...imageKeys.region(regionId), 'list'] as const,
  list: (regionId: string, params: ImageListParams) => [...imageKeys.lists(regionId), params] as const,
  detail: (regionId: string, imageId: string) => [...imageKeys.region(regionId), 'detail', imageId] as const,
  snapshots: (regionId: string, imageId: string) => [...imageKeys.detail(regionId, imageId), 'snapshots'] as const,
  /** The disks the dialog shows: an instance resource, read here only to preview the snapshots. */
  instanceDisks: (regionId: string, instanceId: string) =>
    [...imageKeys.region(regionId), 'instance-disks', instanceId] as const,
};

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** Poll an image until it reaches a terminal status; never poll one that does not exist. */
function imagePollInterval(query: Query<Image, Error>): number | false {
  if (isNotFound(query.state.error)) return false;
  const image = query.state.data;
  return image && isTerminalImageStatus(image.status) ? false : POLL_INTERVAL_MS;
}

export function imageListQuery(regionId: string, params: ImageListParams) {
  return queryOptions({
    queryKey: imageKeys.list(regionId, params),
    queryFn: () =>
      apiGet(
        apiPath(['regions', regionId, 'images'], {
          status: params.status,
          name: params.name || undefined,
          pageNumber: params.pageNumber,
          pageSize: params.pageSize,
        }),
        imageListSchema,
      ),
    // Poll only while some listed image is still being made.
    refetchInterval: (query: Query<ImageList, Error>) =>
      query.state.data?.images.some((image) => !isTerminalImageStatus(image.status)) ? POLL_INTERVAL_MS : false,
  });
}

export function imageDetailQuery(regionId: string, imageId: string) {
  return queryOptions({
    queryKey: imageKeys.detail(regionId, imageId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'images', imageId]), imageSchema),
    refetchInterval: imagePollInterval,
  });
}

/** Snapshots keep moving until the image is done and every snapshot is done. */
export function imageSnapshotsQuery(regionId: string, imageId: string, imageTerminal: boolean) {
  return queryOptions({
    queryKey: imageKeys.snapshots(regionId, imageId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'images', imageId, 'snapshots']), snapshotListSchema),
    refetchInterval: (query: Query<SnapshotList, Error>) => {
      if (isNotFound(query.state.error)) return false;
      const snapshots = query.state.data?.snapshots;
      const settled = snapshots?.every((snapshot) => isTerminalSnapshotStatus(snapshot.status)) ?? false;
      return imageTerminal && settled ? false : POLL_INTERVAL_MS;
    },
  });
}

export function instanceDisksQuery(regionId: string, instanceId: string) {
  return queryOptions({
    queryKey: imageKeys.instanceDisks(regionId, instanceId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'instances', instanceId, 'disks']), diskListSchema),
  });
}

export function createImage(regionId: string, instanceId: string, body: CreateImageBody) {
  return apiPost(apiPath(['regions', regionId, 'instances', instanceId, 'images']), createImageResultSchema, body);
}
