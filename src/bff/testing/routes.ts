import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  /** With Fastify's :params, e.g. /api/regions/:regionId/images/:imageId */
  url: string;
  params: string[];
}

/**
 * Every route the app has, read back from Fastify's own route tree, so tests that must cover
 * "every route" also cover routes other engineers add later. HEAD twins of GETs are left out.
 */
export function listRoutes(app: FastifyInstance): RouteEntry[] {
  const lines = app.printRoutes({ commonPrefix: false }).split('\n');
  const stack: string[] = [];
  const routes: RouteEntry[] = [];
  for (const line of lines) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+) \(([^)]+)\)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const url = (depth > 0 ? stack[depth - 1]! : '') + match[2]!;
    stack[depth] = url;
    for (const method of match[3]!.split(',').map((m) => m.trim())) {
      if (method === 'HEAD') continue;
      routes.push({ method, url, params: [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!) });
    }
  }
  return routes;
}
