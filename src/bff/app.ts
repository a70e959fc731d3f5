import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { resolve } from 'node:path';
import { installAuth, type AuthSetup } from './auth';
import { installAuditLog, type AuditSink } from './auth/audit';
import type { EcsPort } from './ecs/port';
import { BODY_LIMIT_BYTES, installErrorHandling } from './errorHandling';
import { registerImageBuildRoutes } from './routes/imageBuilds';
import { registerImageRoutes } from './routes/images';
import { registerInstanceRoutes } from './routes/instances';
import { registerMetaRoutes } from './routes/meta';
import { registerMockRoutes, type MockControl } from './routes/mock';
import { registerRegionRoutes } from './routes/regions';
import { registerImageLifeRoutes } from './routes/imageLife';
import { registerInstanceLifeRoutes } from './routes/instanceLife';
import { registerNetworkRoutes } from './routes/network';
import { registerSnapshotRoutes } from './routes/snapshots';
import { registerTaskRoutes } from './routes/tasks';
import { registerSecurityHeaders } from './securityHeaders';
import { answerFrameworkError } from './frameworkErrors';

export type { MockControl } from './routes/mock';

export interface AppOptions {
  ecs: EcsPort;
  mode: 'mock' | 'live';
  /** Shown by /api/meta and the start-up line, e.g. "127.0.0.1:8787". */
  endpointLabel: string;
  /** The emulator's controls; /__mock routes exist only with mode 'mock' and this given. */
  mockControl?: MockControl;
  /** The built SPA (dist/), served with an index.html fallback for client-side routes. */
  staticDir?: string;
  logger?: FastifyServerOptions['logger'];
  /** Sign-in, roles and CSRF (src/bff/auth); without it, loopback only: everyone is an operator. */
  auth?: AuthSetup;
  /** Where the audit log's JSON lines go (every mutating request). */
  audit?: AuditSink;
  /** Believe X-Forwarded-* from the peer (TRUST_PROXY): client IP and https for Secure cookies. */
  trustProxy?: boolean;
}

/** The BFF as a Fastify instance, not yet listening: main.ts listens, tests use app.inject. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES, trustProxy: options.trustProxy ?? false, frameworkErrors: answerFrameworkError });

  // JSON is the only body this API reads; Fastify's text/plain parser would let a string through.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app, { spaFallback: Boolean(options.staticDir) });
  // First, so every answer (refusals, 404s and the SPA's files included) carries CSP and friends.
  await registerSecurityHeaders(app);

  // Before any route, so the one access guard covers every route, including ones added later.
  await installAuth(app, options.auth);
  if (options.audit) installAuditLog(app, options.audit, { authOn: Boolean(options.auth) });

  const context = { app, ecs: options.ecs };
  registerMetaRoutes(context, { mode: options.mode, endpoint: options.endpointLabel });
  registerRegionRoutes(context);
  registerInstanceRoutes(context);
  registerImageRoutes(context);
  registerImageBuildRoutes(context);
  registerSnapshotRoutes(context);
  registerImageLifeRoutes(context);
  registerInstanceLifeRoutes(context);
  registerTaskRoutes(context);
  registerNetworkRoutes(context);
  if (options.mode === 'mock' && options.mockControl) registerMockRoutes(app, options.mockControl);

  if (options.staticDir) {
    await app.register(fastifyStatic, { root: resolve(options.staticDir), wildcard: true });
  }

  await app.ready();
  return app;
}
