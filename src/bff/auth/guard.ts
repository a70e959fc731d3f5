import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../contract';
import { apiError } from '../errors';
import { csrfTokenMatches, newCsrfToken } from './csrf';
import { proxyIdentity, trustedProxyList } from './proxyIdentity';
import type { AuthSetup, Principal } from './types';

export const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const pathOf = (request: FastifyRequest) => request.url.split('?')[0] ?? '';
/** The API and the emulator's controls; the SPA's static files are public. */
export const isGuardedPath = (path: string) => /^\/(api|__mock)(\/|$)/.test(path);
const isSessionPath = (path: string) => path === '/api/session';

/** Proxy mode: the session follows the proxy's user; a different user gets a new session and token. */
async function proxyPrincipal(request: FastifyRequest, setup: Extract<AuthSetup, { mode: 'proxy' }>, trusted: ReturnType<typeof trustedProxyList>) {
  const identity = proxyIdentity(request, setup, trusted);
  if (identity.kind === 'untrusted') {
    throw apiError(401, 'Unauthenticated', `The ${setup.header} header is accepted only from the sign-in proxy's addresses (AUTH_PROXY_TRUSTED_IPS). Open the console through the proxy.`);
  }
  if (identity.kind === 'none') return undefined;
  const known = request.session.user;
  if (known?.username !== identity.principal.username) {
    if (known) await request.session.regenerate();
    request.session.csrfToken = newCsrfToken();
  }
  if (known?.username !== identity.principal.username || known.role !== identity.principal.role) {
    request.session.user = identity.principal;
  }
  return identity.principal;
}

/**
 * THE access rule, in one preHandler for /api and /__mock: who is asking (401 if nobody), and for
 * POST/PUT/PATCH/DELETE the operator role (403) and the session's CSRF token (403). Routes added
 * later are covered by their method alone. Sign-in itself (GET/POST /api/session) is open.
 */
export function installAccessGuard(app: FastifyInstance, setup: AuthSetup): void {
  const trusted = setup.mode === 'proxy' ? trustedProxyList(setup.trustedProxies) : undefined;

  app.addHook('preHandler', async (request) => {
    const path = pathOf(request);
    if (!isGuardedPath(path)) return;
    const principal: Principal | undefined =
      setup.mode === 'proxy' && trusted ? await proxyPrincipal(request, setup, trusted) : request.session.user;
    if (principal) request.principal = principal;
    if (isSessionPath(path) && (request.method === 'GET' || request.method === 'POST')) return;

    if (!principal) throw apiError(401, 'Unauthenticated', 'Sign in to use the console: your session is missing or has expired.');
    if (!MUTATING_METHODS.has(request.method)) return;
    if (principal.role !== 'operator' && !isSessionPath(path)) {
      throw apiError(403, 'Forbidden', `Your role (${principal.role}) cannot do this: only operators can change resources.`);
    }
    const given = request.headers[CSRF_HEADER];
    if (given === undefined || given === '') {
      throw apiError(403, 'Forbidden', `The CSRF token is missing: send the ${CSRF_HEADER} header with the token from GET /api/session.`);
    }
    if (!csrfTokenMatches(request.session.csrfToken, given)) {
      throw apiError(403, 'Forbidden', `The CSRF token (${CSRF_HEADER} header) does not belong to this session. Reload the page and try again.`);
    }
  });
}
