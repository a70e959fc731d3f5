import { test as base, expect, type APIRequestContext } from '@playwright/test';
import type { MockClockBody, MockClockState, MockFault, MockFaultBody, ScenarioName } from '../src/contract/mockControl';
import { BASE_PORT } from './servers';

/** Steers this worker's emulator through the console's mock-mode control routes. */
export class EmulatorControl {
  constructor(private readonly request: APIRequestContext) {}

  async reset(): Promise<void> {
    const response = await this.request.post('/__mock/reset');
    expect(response.status(), 'POST /__mock/reset').toBe(204);
  }

  /** Moves the emulator's clock; nothing in the suite sleeps on wall time. */
  async advance(seconds: number): Promise<void> {
    const response = await this.request.post('/__mock/advance', { data: { seconds } });
    expect(response.status(), 'POST /__mock/advance').toBe(200);
  }

  /** Rebuilds the emulator's accounts from a named scenario (docs/emulator-control.md). */
  async scenario(name: ScenarioName): Promise<void> {
    const response = await this.request.post('/__mock/scenario', { data: { name } });
    expect(response.status(), 'POST /__mock/scenario').toBe(200);
  }

  /** Injects a fault (Throttling, ServiceUnavailable, InternalError, latency, dropConnection); reset clears it. */
  async fault(spec: MockFaultBody): Promise<MockFault> {
    const response = await this.request.post('/__mock/faults', { data: spec });
    expect(response.status(), 'POST /__mock/faults').toBe(201);
    return (await response.json()) as MockFault;
  }

  async clearFaults(): Promise<void> {
    const response = await this.request.delete('/__mock/faults');
    expect(response.status(), 'DELETE /__mock/faults').toBe(204);
  }

  /** Sets the pace (speed, frozen); `advance` moves time by hand. */
  async clock(change: MockClockBody): Promise<MockClockState> {
    const response = await this.request.post('/__mock/clock', { data: change });
    expect(response.status(), 'POST /__mock/clock').toBe(200);
    return (await response.json()) as MockClockState;
  }

  /** The emulator's state for assertions: scenario, clock, faults, the account's images, snapshots, instances. */
  async state(regionId?: string): Promise<EmulatorStateView> {
    const response = await this.request.get('/__mock/state', { params: regionId ? { regionId } : {} });
    expect(response.status(), 'GET /__mock/state').toBe(200);
    return (await response.json()) as EmulatorStateView;
  }
}

/** What GET /__mock/state answers (mocks/ecs/control/state.ts), the parts tests read. */
export interface EmulatorStateView {
  scenario: ScenarioName;
  clock: MockClockState;
  faults: MockFault[];
  account: {
    images: Array<{ ImageId: string; ImageName: string; Status: string; Progress: string }>;
    snapshots: Array<{ SnapshotId: string; Status: string; SourceDiskId: string }>;
    instances: Array<{ InstanceId: string; InstanceName: string; Status: string; DataDiskCount: number }>;
    counts: { instances: number; disks: number; snapshots: number; images: number };
  };
}

interface Fixtures {
  emulator: EmulatorControl;
}

interface WorkerFixtures {
  /** The worker's console, asked once for what every page needs, before any test's clock starts. */
  warmConsole: void;
}

/** What the first pages ask for: a fresh console's first ECS calls compile the SDK and emulator paths. */
const WARM_UP_PATHS = ['/api/meta', '/api/regions', '/api/regions/cn-hangzhou/instances', '/api/regions/cn-hangzhou/image-builds', '/api/regions/cn-hangzhou/images'];

export const test = base.extend<Fixtures, WorkerFixtures>({
  // Seconds on a busy machine, so paid once per worker rather than by its first test.
  warmConsole: [
    async ({}, use, workerInfo) => {
      const origin = `http://127.0.0.1:${BASE_PORT + workerInfo.parallelIndex}`;
      for (const path of WARM_UP_PATHS) await fetch(origin + path);
      await use();
    },
    { scope: 'worker', auto: true, timeout: 120_000 },
  ],
  // One console per worker (see playwright.config.ts): pick it by the worker's slot.
  baseURL: async ({}, use, testInfo) => {
    await use(`http://127.0.0.1:${BASE_PORT + testInfo.parallelIndex}`);
  },
  // Every test starts from the seed.
  emulator: [
    async ({ request }, use) => {
      const control = new EmulatorControl(request);
      await control.reset();
      await use(control);
    },
    { auto: true },
  ],
});

export { expect };
