/**
 * MSW handlers that speak ECS's RPC protocol over an emulator. The same handlers serve msw/node
 * (in the BFF's process and in Vitest) and the standalone HTTP endpoint (mocks/server.ts).
 */
import { http, type RequestHandler } from 'msw';
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

/** QA and demo controls under /__mock/* (reset, advance, scenario, faults, clock, state). */
export { createControlHandlers } from './controlHandlers';
