import { queryOptions, useQuery } from '@tanstack/react-query';
import { regionListSchema, type Region } from '../../../contract';
import { apiGet, apiPath } from '../../api/http';

export const regionKeys = {
  all: () => ['regions'] as const,
};

/** Regions hardly ever change, so the list is fetched once per session. */
export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: regionKeys.all(),
    queryFn: () => apiGet(apiPath(['regions']), regionListSchema),
    staleTime: Infinity,
  });

export const useRegionsQuery = () => useQuery(regionsQueryOptions());

export function findRegion(regions: readonly Region[] | undefined, regionId: string): Region | undefined {
  return regions?.find((region) => region.regionId === regionId);
}

/** The region's English name ("China (Hangzhou)"), or its ID until the list has arrived. */
export function useRegionName(regionId: string): string {
  const { data } = useRegionsQuery();
  return findRegion(data?.regions, regionId)?.localName || regionId;
}
