/**
 * A console WITH sign-in for the sign-in specs: one per worker, started by the spec itself (the
 * default consoles of playwright.config.ts stay unauthenticated on loopback), with local accounts
 * vera (viewer) and olivia (operator) in a temporary AUTH_USERS_FILE, plus the demo accounts.
 */
import { hash } from '@node-rs/argon2';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmulatorControl, test as base } from './fixtures';
import { BASE_PORT } from './servers';

/**
 * Past the default consoles' ports (BASE_PORT + worker). Not BASE_PORT + 10: 4190 is on the
 * fetch standard's list of blocked ports, which both Node's fetch and Chromium refuse.
 */
export const AUTH_PORT = BASE_PORT + 20;
export const ACCOUNTS = {
  vera: { password: 'vera-viewer-password', role: 'viewer' },
  olivia: { password: 'olivia-operator-password', role: 'operator' },
  // The API's own operator (emulator resets, curl-like checks), so the UI's sign-ins of olivia
  // stay well within the 5-a-minute limit.
  otto: { password: 'otto-operator-password', role: 'operator' },
} as const;

export interface AuthConsole {
  url: string;
  /** The audit log's JSON lines so far. */
  auditLines(): Array<Record<string, any>>;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The console with sign-in exited (${child.exitCode}): ${output()}`);
    const up = await fetch(`${url}/api/session`).then((response) => response.ok, () => false);
    if (up) return;
    // A readiness probe of a starting process, not a wait on application state.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The console with sign-in did not start at ${url}: ${output()}`);
}

/** Signs in through the API and returns a context that sends the session cookie and CSRF token. */
export async function signedInApi(url: string, username: keyof typeof ACCOUNTS): Promise<APIRequestContext> {
  const login = await playwrightRequest.newContext({ baseURL: url });
  const response = await login.post('/api/session', { data: { username, password: ACCOUNTS[username].password } });
  if (!response.ok()) throw new Error(`Sign-in of ${username} failed: ${response.status()} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const api = await playwrightRequest.newContext({ baseURL: url, storageState: await login.storageState(), extraHTTPHeaders: { 'x-csrf-token': csrfToken } });
  await login.dispose();
  return api;
}

export const test = base.extend<{}, { authConsole: AuthConsole; operatorApi: APIRequestContext }>({
  authConsole: [
    async ({}, use, workerInfo) => {
      const dir = mkdtempSync(join(tmpdir(), 'ecs-console-auth-'));
      const users = await Promise.all(
        Object.entries(ACCOUNTS).map(async ([username, { password, role }]) => ({ username, role, passwordHash: await hash(password) })),
      );
      writeFileSync(join(dir, 'users.json'), JSON.stringify(users));
      const port = AUTH_PORT + workerInfo.parallelIndex;
      const url = `http://127.0.0.1:${port}`;
      if (await fetch(`${url}/api/session`).then(() => true, () => false)) {
        throw new Error(`Port ${port} is already in use: stop whatever listens there (a console left from an earlier run?).`);
      }
      let output = '';
      // tsx directly, in its own process group, so stopping the group stops the server too.
      const child = spawn('node_modules/.bin/tsx', ['src/bff/main.ts'], {
        detached: true,
        env: {
          ...process.env,
          ECS_MODE: 'mock',
          MOCK_ECS_CLOCK: 'manual',
          PORT: String(port),
          HOST: '127.0.0.1',
          STATIC_DIR: process.env.E2E_STATIC_DIR ?? 'dist',
          LOG_LEVEL: 'warn',
          AUTH_MODE: 'local',
          AUTH_USERS_FILE: join(dir, 'users.json'),
          SESSION_SECRET: randomBytes(32).toString('base64'),
          AUDIT_LOG_FILE: join(dir, 'audit.log'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk) => (output += String(chunk)));
      child.stderr?.on('data', (chunk) => (output += String(chunk)));
      try {
        await waitUntilUp(url, child, () => output);
        await use({
          url,
          auditLines: () =>
            readFileSync(join(dir, 'audit.log'), 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)),
        });
      } finally {
        if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      }
    },
    { scope: 'worker' },
  ],
  // One operator session per worker steers the emulator: /__mock/* needs the operator role and CSRF token too.
  operatorApi: [
    async ({ authConsole }, use) => {
      const api = await signedInApi(authConsole.url, 'otto');
      await use(api);
      await api.dispose();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ authConsole }, use) => {
    await use(authConsole.url);
  },
  // Overrides fixtures.ts's emulator (still automatic): every test starts from the seed.
  emulator: async ({ operatorApi }, use) => {
    const control = new EmulatorControl(operatorApi);
    await control.reset();
    await use(control);
  },
});

export { expect } from './fixtures';
