import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { sessionSchema, signedInSessionSchema, type LoginBody, type Session } from '../../../contract';
import { apiDelete, apiGet, apiPath, apiPost, setCsrfToken } from '../../api/http';

export const sessionKeys = {
  all: () => ['session'] as const,
};

/** The CSRF token travels with the session: every mutating request then carries it (api/http.ts). */
function remember(session: Session): Session {
  setCsrfToken(session.authenticated ? session.csrfToken : undefined);
  return session;
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.all(),
    queryFn: async () => remember(await apiGet(apiPath(['session']), sessionSchema)),
    staleTime: 60_000,
    retry: false,
  });

export const useSessionQuery = () => useQuery(sessionQueryOptions());

/** POST /api/session; on success the new user's session replaces everything cached for the last one. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => apiPost(apiPath(['session']), signedInSessionSchema, body),
    onSuccess: (session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(sessionKeys.all(), remember(session));
    },
  });
}

/** DELETE /api/session; nothing of the signed-out user stays in the cache. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete(apiPath(['session']), z.unknown()),
    onSettled: async () => {
      setCsrfToken(undefined);
      queryClient.removeQueries();
      await queryClient.invalidateQueries({ queryKey: sessionKeys.all() });
    },
  });
}
