/**
 * The BFF as tests meet it: buildApp + the real SDK client + the emulator behind msw/node, wired
 * by the same startMockEcs that `npm start` uses. One per test file (msw patches the process).
 */
import type { FastifyInstance, FastifyServerOptions, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createEmulator } from '../../../mocks/ecs/emulator';
import type { Emulator } from '../../../mocks/ecs/types';
import { buildApp } from '../app';
import { startMockEcs } from '../mockMode';

export interface Harness {
  app: FastifyInstance;
  emulator: Emulator;
  close(): Promise<void>;
}

export async function startHarness(
  options: { emulator?: Emulator; logger?: FastifyServerOptions['logger'] } = {},
): Promise<Harness> {
  const emulator = options.emulator ?? createEmulator({ clock: 'manual' });
  const wiring = startMockEcs({ mockSpeed: 1, mockClock: 'manual' }, { emulator });
  const app = await buildApp({
    ecs: wiring.ecs,
    mode: 'mock',
    endpointLabel: wiring.endpointLabel,
    mockControl: wiring.mockControl,
    logger: options.logger,
  });
  return {
    app,
    emulator,
    close: async () => {
      await app.close();
      wiring.close();
    },
  };
}

/** A JSON request and its parsed answer. */
export async function call(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  body?: unknown,
): Promise<{ status: number; json: any; response: LightMyRequestResponse }> {
  const response = await app.inject({ method, url, ...(body === undefined ? {} : { payload: body as object }) });
  const json = response.body ? JSON.parse(response.body) : undefined;
  return { status: response.statusCode, json, response };
}

export const HANGZHOU = '/api/regions/cn-hangzhou';
/** Seed instances (mocks/ecs/seed/hangzhou.ts). */
export const WEB_PROD_01 = 'i-bp1vkt9yt56c9hg9cnbc';
export const DB_STAGING_02 = 'i-bp1s72s6ov5qm065gimb';
export const SECURITY_LOCKED = 'i-bp14t4sexst19wy5l7r5';

let tokenCounter = 0;
/** A create-image body with a fresh ClientToken, as the dialog sends on each opening. */
export function imageBody(overrides: Record<string, unknown> = {}) {
  tokenCounter += 1;
  return {
    imageName: `web-prod-01-golden-${tokenCounter}`,
    description: 'Golden image of the web tier',
    clientToken: `test-token-${Date.now()}-${tokenCounter}`,
    ...overrides,
  };
}
