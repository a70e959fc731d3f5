import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import type { FastifyInstance } from 'fastify';
import { installAccessGuard } from './guard';
import { BoundedMemoryStore } from './sessionStore';
import { SESSION_COOKIE, registerOpenSessionRoute, registerSessionRoutes } from './sessionRoutes';
import type { AuthSetup } from './types';

export type { AuthSetup, Principal } from './types';
export { ANONYMOUS_LOCAL } from './types';

const EIGHT_HOURS_MS = 8 * 60 * 60 * 1000;

/**
 * Sign-in, sessions, roles and CSRF (issue 5), registered before any route so the guard covers
 * them all. Without `setup` (loopback, no AUTH_MODE) there is only an open GET /api/session
 * that tells the SPA no sign-in is needed.
 */
export async function installAuth(app: FastifyInstance, setup: AuthSetup | undefined): Promise<void> {
  if (!setup) {
    registerOpenSessionRoute(app);
    return;
  }
  const ttlMs = setup.sessionTtlMs ?? EIGHT_HOURS_MS;
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: setup.sessionSecret,
    cookieName: SESSION_COOKIE,
    store: new BoundedMemoryStore({ ttlMs, maxSessions: setup.maxSessions ?? 10_000 }),
    saveUninitialized: false,
    // Each answer renews the cookie: the session ends after `ttlMs` of inactivity.
    rolling: true,
    cookie: {
      path: '/',
      httpOnly: true,
      // Secure on TLS, or behind a proxy (TRUST_PROXY) that says X-Forwarded-Proto: https.
      secure: 'auto',
      // The SPA's own fetches are same-site; another site's requests never carry the cookie.
      // (@fastify/session relaxes this to Lax on plain HTTP, where the cookie is not Secure.)
      sameSite: 'strict',
      maxAge: ttlMs,
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  installAccessGuard(app, setup);
  await registerSessionRoutes(app, setup);
}
