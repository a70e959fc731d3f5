/**
 * Mock mode's wiring: the ONLY place the BFF imports mocks/. Either the emulator runs in this
 * process behind msw/node (it answers the SDK's HTTPS calls to ecs.<region>.aliyuncs.com, so the
 * SDK path is the same as live), or ECS_ENDPOINT points at a standalone emulator (npm run mock-ecs).
 */
import { getResponse } from 'msw';
import { createEmulator, defaultCredentials } from '../../mocks/ecs/emulator';
import { createControlHandlers } from '../../mocks/handlers';
import { startInProcessEcs } from '../../mocks/node';
import type { Emulator } from '../../mocks/ecs/types';
import type { BffConfig } from './config';
import { SdkEcsClient } from './ecs/sdkEcsClient';
import type { EcsPort } from './ecs/port';
import type { MockControl } from './routes/mock';

export interface EcsWiring {
  ecs: EcsPort;
  endpointLabel: string;
  mockControl?: MockControl;
  close(): void;
}

/** The standalone emulator serves the same /__mock control API; the BFF forwards requests to it as they are. */
function forwardedControl(baseUrl: string): MockControl {
  return {
    handle: async (request) => {
      const url = new URL(request.url);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
      return fetch(new URL(`${url.pathname}${url.search}`, baseUrl), {
        method: request.method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body || undefined,
      });
    },
  };
}

/** The in-process emulator's own control handlers (mocks/controlHandlers.ts), answering without HTTP. */
export function emulatorControl(emulator: Emulator): MockControl {
  const handlers = createControlHandlers(emulator);
  return { handle: (request) => getResponse(handlers, request) };
}

type MockSettings = Pick<BffConfig, 'ecsEndpoint' | 'ecsProtocol' | 'mockSpeed' | 'mockClock'>;

/** `emulator` lets tests bring their own (a manual clock, a fault-injecting fake). */
export function startMockEcs(config: MockSettings, options: { emulator?: Emulator } = {}): EcsWiring {
  if (config.ecsEndpoint) {
    // The standalone emulator accepts the same keys: MOCK_ECS_ACCESS_KEY_ID/SECRET or the defaults.
    const [accessKeyId, accessKeySecret] = [...defaultCredentials()][0] ?? ['', ''];
    const credentials = { kind: 'accessKey', accessKeyId, accessKeySecret } as const;
    const protocol = config.ecsProtocol ?? 'http';
    return {
      ecs: new SdkEcsClient({ credentials, endpoint: config.ecsEndpoint, protocol }),
      endpointLabel: `${protocol}://${config.ecsEndpoint} (standalone emulator)`,
      mockControl: forwardedControl(`${protocol}://${config.ecsEndpoint}/`),
      close: () => undefined,
    };
  }

  const emulator = options.emulator ?? createEmulator({ speed: config.mockSpeed, clock: config.mockClock });
  const [accessKeyId, accessKeySecret] = [...emulator.credentials][0] ?? ['', ''];
  const interception = startInProcessEcs(emulator);
  return {
    ecs: new SdkEcsClient({
      credentials: { kind: 'accessKey', accessKeyId, accessKeySecret },
      protocol: config.ecsProtocol,
    }),
    endpointLabel: 'in-process emulator for ecs.<region>.aliyuncs.com',
    mockControl: emulatorControl(emulator),
    close: () => interception.close(),
  };
}
