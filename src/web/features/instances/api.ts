import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  actionResultSchema,
  imageBuildListSchema,
  instanceListSchema,
  type ImageBuild,
  type ImageBuildList,
  type InstanceAction,
  type InstanceList,
  type InstanceListQuery,
} from '../../../contract';
import { apiGet, apiPath, apiPost } from '../../api/http';
import { isTerminalImageStatus, isTerminalInstanceStatus } from '../../ui/status';

/** Poll while something moves; the list is heavier than the builds, so it polls less often. */
const LIST_POLL_MS = 3_000;
const BUILDS_POLL_MS = 2_000;

/**
 * One prefix per region: invalidating `instanceKeys.all(regionId)` refreshes the instance lists
 * and the image builds of that region together (what Create Custom Image and the row actions do).
 */
/** The contract's query with the page size pinned to a number (the schema coerces it from text). */
export type InstancePageQuery = InstanceListQuery & { maxResults: number };

export const instanceKeys = {
  all: (regionId: string) => ['instances', regionId] as const,
  lists: (regionId: string) => [...instanceKeys.all(regionId), 'list'] as const,
  list: (regionId: string, query: InstancePageQuery) => [...instanceKeys.lists(regionId), query] as const,
  builds: (regionId: string) => [...instanceKeys.all(regionId), 'image-builds'] as const,
};

export const runningBuilds = (data: ImageBuildList | undefined): ImageBuild[] =>
  data?.builds.filter((build) => !isTerminalImageStatus(build.status)) ?? [];

const hasTransientInstance = (data: InstanceList | undefined) =>
  data?.instances.some((instance) => !isTerminalInstanceStatus(instance.status)) ?? false;

export const instanceListQueryOptions = (regionId: string, query: InstancePageQuery) =>
  queryOptions({
    queryKey: instanceKeys.list(regionId, query),
    queryFn: () =>
      apiGet(
        apiPath(['regions', regionId, 'instances'], {
          name: query.name,
          instanceId: query.instanceId,
          status: query.status,
          nextToken: query.nextToken,
          maxResults: query.maxResults,
        }),
        instanceListSchema,
      ),
    // Keep the rows on screen while the next page or filter loads, but never another region's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === regionId ? previous : undefined,
  });

/**
 * The instance list, polled while an instance is in a transient state (Pending, Starting,
 * Stopping) or while an image is being built in the region; it stops once all is settled.
 */
export function useInstanceListQuery(regionId: string, query: InstancePageQuery, imageBuildRunning: boolean) {
  return useQuery({
    ...instanceListQueryOptions(regionId, query),
    refetchInterval: (current) =>
      imageBuildRunning || hasTransientInstance(current.state.data) ? LIST_POLL_MS : false,
  });
}

/** Images being made from instances of the region; polled only while one is still running. */
export const imageBuildsQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: instanceKeys.builds(regionId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'image-builds']), imageBuildListSchema),
    refetchInterval: (current) => (runningBuilds(current.state.data).length > 0 ? BUILDS_POLL_MS : false),
  });

export const useImageBuildsQuery = (regionId: string) => useQuery(imageBuildsQueryOptions(regionId));

export interface InstanceActionVariables {
  instanceId: string;
  action: InstanceAction;
}

/** Start, Stop or Restart; on success the region's list is refetched before the dialog closes. */
export function useInstanceActionMutation(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ instanceId, action }: InstanceActionVariables) =>
      apiPost(apiPath(['regions', regionId, 'instances', instanceId, action]), actionResultSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instanceKeys.all(regionId) }),
  });
}
