/**
 * Mock mode's wiring: the ONLY place the BFF imports mocks/. Either the emulator runs in this
 * process behind msw/node (it answers the SDK's HTTPS calls to ecs.<region>.aliyuncs.com, so the
 * SDK path is the same as live), or ECS_ENDPOINT points at a standalone emulator (npm run mock-ecs).
 */
import { createEmulator, defaultCredentials } from '../../mocks/ecs/emulator';
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

/** The standalone emulator has the same /__mock controls; the BFF forwards its own to them. */
function forwardedControl(baseUrl: string): MockControl {
  const post = async (path: string, body?: unknown) => {
    const response = await fetch(new URL(path, baseUrl), {
      method: 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`The standalone emulator answered ${response.status} to ${path}.`);
    return response;
  };
  return {
    reset: async () => {
      await post('/__mock/reset');
    },
    advance: async (seconds) => (await (await post('/__mock/advance', { seconds })).json()) as { now: string },
  };
}

/** The in-process emulator's own controls, as the /__mock routes expose them. */
export function emulatorControl(emulator: Emulator): MockControl {
  return {
    reset: () => emulator.reset(),
    advance: (seconds) => {
      emulator.clock.advance(seconds);
      return { now: new Date(emulator.clock.now()).toISOString() };
    },
  };
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
