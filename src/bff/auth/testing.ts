/**
 * The BFF with sign-in on, as tests meet it: buildApp + the SDK client + the emulator behind
 * msw/node (like ../testing/harness.ts), with two local accounts and an in-memory audit log.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createEmulator } from '../../../mocks/ecs/emulator';
import { buildApp } from '../app';
import { startMockEcs } from '../mockMode';
import type { AuditEntry, AuditSink } from './audit';
import { hashPassword } from './passwords';
import type { AuthSetup } from './types';
import type { LocalUser } from './users';

export const PASSWORDS = { vera: 'vera-viewer-password', olivia: 'olivia-operator-password' } as const;
export const SECRET = 'test-session-secret-that-is-long-enough-0123456789';

let usersOnce: Promise<LocalUser[]> | undefined;
/** vera (viewer) and olivia (operator); hashed once per test file, argon2 is slow on purpose. */
export const testUsers = () =>
  (usersOnce ??= Promise.all([
    hashPassword(PASSWORDS.vera).then((passwordHash) => ({ username: 'vera', passwordHash, role: 'viewer' as const })),
    hashPassword(PASSWORDS.olivia).then((passwordHash) => ({ username: 'olivia', passwordHash, role: 'operator' as const })),
  ]));

export class MemoryAuditSink implements AuditSink {
  readonly entries: AuditEntry[] = [];
  readonly lines: string[] = [];
  write(entry: AuditEntry) {
    this.entries.push(entry);
    this.lines.push(JSON.stringify(entry));
  }
  async close() {}
}

export interface AuthHarness {
  app: FastifyInstance;
  audit: MemoryAuditSink;
  close(): Promise<void>;
}

export async function startAuthHarness(
  auth: AuthSetup | 'local' | 'none' = 'local',
  options: { trustProxy?: boolean } = {},
): Promise<AuthHarness> {
  const setup: AuthSetup | undefined =
    auth === 'local'
      ? { mode: 'local', users: await testUsers(), demoSignIn: false, sessionSecret: SECRET }
      : auth === 'none'
        ? undefined
        : auth;
  const wiring = startMockEcs({ mockSpeed: 1, mockClock: 'manual' }, { emulator: createEmulator({ clock: 'manual' }) });
  const audit = new MemoryAuditSink();
  const app = await buildApp({
    ecs: wiring.ecs,
    mode: 'mock',
    endpointLabel: wiring.endpointLabel,
    mockControl: wiring.mockControl,
    auth: setup,
    audit,
    trustProxy: options.trustProxy,
  });
  return {
    app,
    audit,
    close: async () => {
      await app.close();
      wiring.close();
    },
  };
}

export interface Answer {
  status: number;
  json: any;
  response: LightMyRequestResponse;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token it was given. */
export class Client {
  cookie?: string;
  csrfToken?: string;

  constructor(
    private readonly app: FastifyInstance,
    private readonly extra: Partial<InjectOptions> = {},
  ) {}

  async send(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await this.app.inject({
      ...this.extra,
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(this.extra.headers as Record<string, string> | undefined),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const setCookie = response.cookies.find((cookie) => cookie.name === 'ecs_console_session');
    if (setCookie) this.cookie = setCookie.value ? `${setCookie.name}=${setCookie.value}` : undefined;
    const json = response.body ? JSON.parse(response.body) : undefined;
    if (json && typeof json.csrfToken === 'string') this.csrfToken = json.csrfToken;
    return { status: response.statusCode, json, response };
  }

  async signIn(username: keyof typeof PASSWORDS): Promise<Answer> {
    return this.send('POST', '/api/session', { username, password: PASSWORDS[username] });
  }
}
