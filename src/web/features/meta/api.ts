import { queryOptions, useQuery } from '@tanstack/react-query';
import { metaSchema } from '../../../contract';
import { apiGet, apiPath } from '../../api/http';

/** What the console is talking to (emulator or Alibaba Cloud): fixed for the server's lifetime. */
export const metaKeys = {
  all: () => ['meta'] as const,
};

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: metaKeys.all(),
    queryFn: () => apiGet(apiPath(['meta']), metaSchema),
    staleTime: Infinity,
  });

export const useMetaQuery = () => useQuery(metaQueryOptions());
