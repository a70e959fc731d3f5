import { defineConfig, devices } from '@playwright/test';
import { BASE_PORT, WORKERS } from './e2e/servers';
// @ts-expect-error plain ESM helper shared with scripts/ensure-chromium.mjs
import { findChromium } from './scripts/find-chromium.mjs';

/**
 * Each Playwright worker gets its own console (BFF + in-process emulator with a manual clock) on
 * its own port, so parallel workers never share emulator state; e2e/fixtures.ts picks the server
 * by the worker's parallelIndex and resets it before every test.
 */

const chromium = findChromium() as { path?: string } | null;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: WORKERS,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium?.path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: Array.from({ length: WORKERS }, (_, index) => ({
    command: 'npx tsx src/bff/main.ts',
    url: `http://127.0.0.1:${BASE_PORT + index}/api/meta`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      ECS_MODE: 'mock',
      MOCK_ECS_CLOCK: 'manual',
      PORT: String(BASE_PORT + index),
      HOST: '127.0.0.1',
      STATIC_DIR: process.env.E2E_STATIC_DIR ?? 'dist',
      LOG_LEVEL: 'warn',
    },
  })),
});
