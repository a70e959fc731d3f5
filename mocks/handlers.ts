/**
 * MSW handlers that speak ECS's RPC protocol over an emulator. The same handlers serve msw/node
 * (in the BFF's process and in Vitest) and the standalone HTTP endpoint (mocks/server.ts).
 */
import { HttpResponse, http, type RequestHandler } from 'msw';
import { createEcsProtocol, type EcsProtocolOptions } from './ecs/protocol';
import type { Emulator } from './ecs/types';
import { isEcsHostname } from './ecs/wire';

export interface EcsHandlerOptions extends EcsProtocolOptions {
  /**
   * 'ecs' (default): only ECS endpoints (ecs.<region>.aliyuncs.com, ecs-<region>.aliyuncs.com,
   * ecs.aliyuncs.com, ecs-vpc.*), so in-process interception leaves every other host alone.
   * 'any': every request, for the standalone server where the host is 127.0.0.1:<port>.
   */
  hosts?: 'ecs' | 'any';
}

export function createEcsHandlers(emulator: Emulator, options: EcsHandlerOptions = {}): RequestHandler[] {
  const protocol = createEcsProtocol(emulator, options);
  const anyHost = options.hosts === 'any';
  return [
    http.all(
      ({ request }) => anyHost || isEcsHostname(new URL(request.url).host),
      ({ request }) => protocol(request),
    ),
  ];
}

/** A 400 naming the offending field, in the same JSON shape the BFF uses for bad input. */
function badRequest(field: string, message: string): Response {
  return HttpResponse.json({ code: 'InvalidParameter', message, field }, { status: 400 });
}

/**
 * QA and demo controls: `POST /__mock/reset` (204) puts every account back to the seed;
 * `POST /__mock/advance` with `{"seconds": N}` moves the emulator clock (200 `{"now": ISO}`).
 * Only for the standalone server: an ECS endpoint has no such paths.
 */
export function createControlHandlers(emulator: Emulator): RequestHandler[] {
  return [
    http.post('*/__mock/reset', () => {
      emulator.reset();
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/__mock/advance', async ({ request }) => {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return badRequest('seconds', 'The body must be JSON like {"seconds": 60}.');
      }
      const seconds = (body as { seconds?: unknown } | null)?.seconds;
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
        return badRequest('seconds', '"seconds" must be a non-negative number.');
      }
      emulator.clock.advance(seconds);
      return HttpResponse.json({ now: new Date(emulator.clock.now()).toISOString() });
    }),
  ];
}
