import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/http';

/** Client errors (4xx) are answers, not glitches: retrying them only repeats the refusal. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
