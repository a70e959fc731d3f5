import { test as base, expect, type APIRequestContext } from '@playwright/test';
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
}

interface Fixtures {
  emulator: EmulatorControl;
}

export const test = base.extend<Fixtures>({
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
