import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { setUnauthenticatedListener } from '../../api/http';
import { sessionKeys, useSessionQuery } from './api';

/** Where /sign-in sends the user back to: only a path of this console, never another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

/**
 * The console's pages, once the BFF says who is signed in: without a session (when sign-in is on)
 * the user goes to /sign-in and comes back here after. A 401 from any call (session expired,
 * signed out elsewhere) re-reads the session, which brings the user to the sign-in page.
 */
export function SessionGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const session = useSessionQuery();

  useEffect(() => {
    setUnauthenticatedListener(() => void queryClient.invalidateQueries({ queryKey: sessionKeys.all() }));
    return () => setUnauthenticatedListener(undefined);
  }, [queryClient]);

  if (session.isPending) {
    return (
      <Box sx={{ p: 3 }}>
        <LinearProgress aria-label={t('session.signIn.checking')} />
      </Box>
    );
  }
  if (session.data && !session.data.authenticated && session.data.authRequired) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  // Signed in, no sign-in needed, or the BFF unreachable (the pages show that error themselves).
  return children;
}
