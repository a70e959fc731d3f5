import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  instanceTypeListSchema,
  networkOptionsSchema,
  runInstancesResultSchema,
  zoneListSchema,
  type RunInstancesBody,
} from '../../../contract';
import { apiGet, apiPath, apiPost } from '../../api/http';
import { instanceKeys } from '../instances/api';

/**
 * What the Create Instance form chooses from. Zones, instance types and networks change rarely,
 * so each is fetched once per minute at most.
 */
const OPTIONS_STALE_MS = 60_000;

export const launchKeys = {
  region: (regionId: string) => ['launch', regionId] as const,
  zones: (regionId: string) => [...launchKeys.region(regionId), 'zones'] as const,
  network: (regionId: string) => [...launchKeys.region(regionId), 'network'] as const,
  instanceTypes: (regionId: string, zoneId: string) => [...launchKeys.region(regionId), 'instance-types', zoneId] as const,
};

export const zonesQuery = (regionId: string) =>
  queryOptions({
    queryKey: launchKeys.zones(regionId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'zones']), zoneListSchema),
    staleTime: OPTIONS_STALE_MS,
  });

/** vSwitches, security groups and key pairs of the region (one request). */
export const networkQuery = (regionId: string) =>
  queryOptions({
    queryKey: launchKeys.network(regionId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'network']), networkOptionsSchema),
    staleTime: OPTIONS_STALE_MS,
  });

export const instanceTypesQuery = (regionId: string, zoneId: string) =>
  queryOptions({
    queryKey: launchKeys.instanceTypes(regionId, zoneId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'instance-types'], { zoneId }), instanceTypeListSchema),
    staleTime: OPTIONS_STALE_MS,
    enabled: zoneId !== '',
  });

/** RunInstances from the image; the region's instance lists are refetched so the new ones show. */
export function useRunInstancesMutation(regionId: string, imageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RunInstancesBody) =>
      apiPost(apiPath(['regions', regionId, 'images', imageId, 'instances']), runInstancesResultSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instanceKeys.all(regionId) }),
  });
}
