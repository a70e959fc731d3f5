import { queryOptions, type Query } from '@tanstack/react-query';
import { diskListSchema, imageListSchema, instanceSchema, type ImageList, type Instance } from '../../../../contract';
import { ApiError, apiGet, apiPath } from '../../../api/http';
import { isTerminalImageStatus, isTerminalInstanceStatus } from '../../../ui/status';
import { instanceKeys } from '../api';

const POLL_MS = 2_000;

/**
 * One instance's queries, under the region's instance prefix: every mutation that invalidates
 * `instanceKeys.all(regionId)` (Start, Stop, Create Custom Image, Replace System Disk) refreshes
 * the detail page too.
 */
export const instanceDetailKeys = {
  detail: (regionId: string, instanceId: string) => [...instanceKeys.all(regionId), 'detail', instanceId] as const,
  disks: (regionId: string, instanceId: string) => [...instanceDetailKeys.detail(regionId, instanceId), 'disks'] as const,
  images: (regionId: string, instanceId: string) => [...instanceDetailKeys.detail(regionId, instanceId), 'images'] as const,
};

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** Polled while the instance is Pending, Starting or Stopping; quiet once it settles. */
export const instanceDetailQuery = (regionId: string, instanceId: string) =>
  queryOptions({
    queryKey: instanceDetailKeys.detail(regionId, instanceId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'instances', instanceId]), instanceSchema),
    refetchInterval: (query: Query<Instance, Error>) => {
      if (isNotFound(query.state.error)) return false;
      const instance = query.state.data;
      return instance && isTerminalInstanceStatus(instance.status) ? false : POLL_MS;
    },
  });

export const instanceDisksQuery = (regionId: string, instanceId: string) =>
  queryOptions({
    queryKey: instanceDetailKeys.disks(regionId, instanceId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'instances', instanceId, 'disks']), diskListSchema),
  });

/** Custom images made from the instance (any status), newest first as the BFF lists them. */
export const imagesFromInstanceQuery = (regionId: string, instanceId: string) =>
  queryOptions({
    queryKey: instanceDetailKeys.images(regionId, instanceId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'instances', instanceId, 'images']), imageListSchema),
    refetchInterval: (query: Query<ImageList, Error>) =>
      query.state.data?.images.some((image) => !isTerminalImageStatus(image.status)) ? POLL_MS : false,
  });

export const instancePath = (regionId: string, instanceId: string) =>
  `/regions/${encodeURIComponent(regionId)}/instances/${encodeURIComponent(instanceId)}`;
