import { createWriteStream } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isGuardedPath, MUTATING_METHODS } from './guard';
import { ANONYMOUS_LOCAL } from './types';

/** One JSON line per mutating request: who did what to which resource, and how it ended. */
export interface AuditEntry {
  time: string;
  /** The username; "anonymous-local" on loopback without sign-in; "unauthenticated" if unknown. */
  who: string;
  role: string | null;
  /** Method and route pattern, e.g. "POST /api/regions/:regionId/instances/:instanceId/stop". */
  action: string;
  target: { regionId?: string; resourceIds?: Record<string, string> };
  result: { status: number; code?: string };
  /** ECS's RequestId from the answer (success or error), to quote to Alibaba Cloud support. */
  ecsRequestId?: string;
  /** The client address as Fastify sees it (X-Forwarded-For only with TRUST_PROXY). */
  ip: string;
}

export interface AuditSink {
  write(entry: AuditEntry): void;
  close(): Promise<void>;
}

/** Appends to a file (kept apart from the request log), or writes to stdout for `-`. */
export function fileAuditSink(path: string): AuditSink {
  const stream = path === '-' ? process.stdout : createWriteStream(path, { flags: 'a', mode: 0o600 });
  return {
    write: (entry) => void stream.write(`${JSON.stringify(entry)}\n`),
    close: () =>
      path === '-' ? Promise.resolve() : new Promise<void>((resolve) => (stream as ReturnType<typeof createWriteStream>).end(resolve)),
  };
}

const answered = new WeakMap<FastifyRequest, { code?: string; requestId?: string }>();

function shortString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 128 ? value : undefined;
}

/** The body is never logged; only the path's IDs name the target. */
function targetOf(request: FastifyRequest): AuditEntry['target'] {
  const params = (request.params ?? {}) as Record<string, unknown>;
  const resourceIds: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const id = shortString(value);
    if (name !== 'regionId' && id) resourceIds[name] = id;
  }
  const regionId = shortString(params.regionId);
  return { ...(regionId ? { regionId } : {}), ...(Object.keys(resourceIds).length ? { resourceIds } : {}) };
}

/** A failed sign-in is logged under the name that was tried (never the password). */
function attemptedUsername(request: FastifyRequest): string | undefined {
  if (request.url.split('?')[0] !== '/api/session' || request.method !== 'POST') return undefined;
  return shortString((request.body as { username?: unknown } | undefined)?.username)?.slice(0, 64);
}

/**
 * The audit log: onSend notes the answer's code and ECS RequestId, and ONE onResponse hook writes
 * the line once the status is final. Covers every POST/PUT/PATCH/DELETE under /api and /__mock.
 */
export function installAuditLog(app: FastifyInstance, sink: AuditSink, options: { authOn: boolean }): void {
  const audited = (request: FastifyRequest) => MUTATING_METHODS.has(request.method) && isGuardedPath(request.url.split('?')[0] ?? '');

  app.addHook('onSend', async (request, _reply, payload) => {
    if (!audited(request) || typeof payload !== 'string') return payload;
    try {
      const body = JSON.parse(payload) as { code?: unknown; requestId?: unknown };
      answered.set(request, { code: shortString(body.code), requestId: shortString(body.requestId) });
    } catch {
      // Not JSON: nothing to note.
    }
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    if (!audited(request)) return;
    const principal = request.principal ?? (options.authOn ? undefined : ANONYMOUS_LOCAL);
    const noted = answered.get(request);
    sink.write({
      time: new Date().toISOString(),
      who: principal?.username ?? attemptedUsername(request) ?? 'unauthenticated',
      role: principal?.role ?? null,
      action: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
      target: targetOf(request),
      result: { status: reply.statusCode, ...(noted?.code ? { code: noted.code } : {}) },
      ...(noted?.requestId ? { ecsRequestId: noted.requestId } : {}),
      ip: request.ip,
    });
  });

  app.addHook('onClose', async () => sink.close());
}
