import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loginBodySchema, type AnonymousSession, type SignedInSession } from '../../contract';
import { ApiHttpError, apiError } from '../errors';
import { parseInput } from '../validation';
import { newCsrfToken } from './csrf';
import { hashPassword, passwordMatches } from './passwords';
import type { AuthSetup } from './types';
import type { LocalUser } from './users';

export const SESSION_COOKIE = 'ecs_console_session';
const DEFAULT_LOGIN_MAX_PER_MINUTE = 5;

function signedIn(request: FastifyRequest, mode: AuthSetup['mode']): SignedInSession | undefined {
  const user = request.principal;
  if (!user) return undefined;
  if (!request.session.csrfToken) request.session.csrfToken = newCsrfToken();
  return { authenticated: true, username: user.username, role: user.role, csrfToken: request.session.csrfToken, authMode: mode };
}

/** Too many attempts: the contract's error shape; @fastify/rate-limit has set Retry-After. */
const tooManyAttempts = (_request: FastifyRequest, context: { after: string; ttl: number }) =>
  new ApiHttpError(
    429,
    { code: 'Throttled', message: `Too many sign-in attempts for this username. Try again in ${context.after}.` },
    { 'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))) },
  );

/** Attempts are counted per client address AND username, so one attacker cannot lock out everyone. */
function loginKey(request: FastifyRequest): string {
  const body = request.body as { username?: unknown } | undefined;
  const username = typeof body?.username === 'string' ? body.username.trim().toLowerCase().slice(0, 64) : '';
  return `${request.ip}|${username}`;
}

/** GET, POST (sign in) and DELETE (sign out) /api/session. The guard has already set request.principal. */
export async function registerSessionRoutes(app: FastifyInstance, setup: AuthSetup): Promise<void> {
  const anonymous: AnonymousSession = {
    authenticated: false,
    authRequired: true,
    demoSignIn: setup.mode === 'local' && setup.demoSignIn,
    authMode: setup.mode,
  };
  app.get('/api/session', async (request) => signedIn(request, setup.mode) ?? anonymous);

  app.delete('/api/session', async (request, reply) => {
    await request.session.destroy();
    return reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).send();
  });

  if (setup.mode !== 'local') {
    app.post('/api/session', async () => {
      throw apiError(400, 'InvalidInput', "This console signs you in through your organisation's sign-in proxy, not with a password.");
    });
    return;
  }

  const users = new Map<string, LocalUser>(setup.users.map((user) => [user.username.toLowerCase(), user]));
  // An unknown username still costs one hash verification, so timing does not reveal which names exist.
  const decoyHash = await hashPassword('decoy-password-for-unknown-users');
  const rateLimit = {
    max: setup.loginMaxPerMinute ?? DEFAULT_LOGIN_MAX_PER_MINUTE,
    timeWindow: 60_000,
    hook: 'preHandler' as const,
    keyGenerator: loginKey,
    errorResponseBuilder: tooManyAttempts,
  };

  app.post('/api/session', { config: { rateLimit } }, async (request): Promise<SignedInSession> => {
    const { username, password } = parseInput(loginBodySchema, request.body, 'body');
    const user = users.get(username.toLowerCase());
    const matches = await passwordMatches(user?.passwordHash ?? decoyHash, password);
    if (!user || !matches) throw apiError(401, 'Unauthenticated', 'The username or password is incorrect.');
    // A new session ID at sign-in: an ID planted before (session fixation) is worth nothing.
    await request.session.regenerate();
    request.principal = { username: user.username, role: user.role };
    request.session.user = request.principal;
    request.session.csrfToken = newCsrfToken();
    return signedIn(request, 'local')!;
  });
}

/** Loopback without authentication: no sign-in, everyone an operator. */
export function registerOpenSessionRoute(app: FastifyInstance): void {
  const open: AnonymousSession = { authenticated: false, authRequired: false, demoSignIn: false, authMode: 'none' };
  app.get('/api/session', async () => open);
}
