/**
 * The emulator inside this Node process (the BFF's mock mode, Vitest): msw/node intercepts requests
 * to ECS endpoints (*.aliyuncs.com hosts starting with `ecs`) and answers them from the emulator.
 * Every other request passes through untouched.
 */
import { setupServer } from 'msw/node';
import { createEcsHandlers } from './handlers';
import type { Emulator } from './ecs/types';

export function startInProcessEcs(emulator: Emulator): { close(): void } {
  const server = setupServer(...createEcsHandlers(emulator, { hosts: 'ecs' }));
  server.listen({ onUnhandledRequest: 'bypass' });
  return { close: () => server.close() };
}
