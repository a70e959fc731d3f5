import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type ConfigDeps } from '../config';
import { isLoopbackHost } from './authConfig';

const deps: ConfigDeps = { exists: (path) => path.endsWith('users.json'), homeDir: '/nonexistent-home', cwd: '/srv/console' };
const SECRET = 'a-session-secret-of-at-least-32-characters!';
const load = (env: NodeJS.ProcessEnv) => loadConfig({ ECS_MODE: 'mock', ...env }, deps);
const problem = (env: NodeJS.ProcessEnv) => {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('refusing to serve off loopback without sign-in', () => {
  it.each(['0.0.0.0', '::', '10.1.2.3', 'console.example.com'])('refuses HOST=%s without AUTH_MODE, naming what to set', (host) => {
    const message = problem({ HOST: host });
    expect(message).toMatch(/^AUTH_MODE: /);
    expect(message).toContain(`HOST ${host} is not a loopback address`);
    expect(message).toContain('AUTH_USERS_FILE');
    expect(message).toContain('SESSION_SECRET');
  });

  it('refuses AUTH_MODE=none off loopback as well', () => {
    expect(problem({ HOST: '0.0.0.0', AUTH_MODE: 'none' })).toMatch(/^AUTH_MODE: HOST 0\.0\.0\.0/);
  });

  it.each(['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost'])('serves HOST=%s as today: no sign-in, no audit file', (host) => {
    const config = load({ HOST: host });
    expect(config.auth).toEqual({ mode: 'none' });
    expect(config.auditLogFile).toBeUndefined();
    expect(isLoopbackHost(host)).toBe(true);
  });

  it('starts off loopback with local accounts and a session secret, auditing to ./audit.log', () => {
    const config = load({ HOST: '0.0.0.0', AUTH_USERS_FILE: 'users.json', SESSION_SECRET: SECRET });
    expect(config.auth).toEqual({ mode: 'local', usersFile: '/srv/console/users.json', sessionSecret: SECRET });
    expect(config.auditLogFile).toBe('/srv/console/audit.log');
  });
});

describe('sign-in settings', () => {
  it('needs a session secret of 32 characters or more', () => {
    expect(problem({ AUTH_MODE: 'local' })).toMatch(/^SESSION_SECRET: is required/);
    expect(problem({ AUTH_MODE: 'local', SESSION_SECRET: 'short' })).toMatch(/^SESSION_SECRET: must be at least 32/);
  });

  it('needs a users file against Alibaba Cloud, where there are no demo accounts, and one that exists', () => {
    expect(problem({ ECS_MODE: 'live', AUTH_MODE: 'local', SESSION_SECRET: SECRET })).toMatch(/^AUTH_USERS_FILE: is required/);
    expect(problem({ AUTH_USERS_FILE: 'missing.json', SESSION_SECRET: SECRET })).toMatch(/^AUTH_USERS_FILE: does not exist/);
    expect(load({ AUTH_MODE: 'local', SESSION_SECRET: SECRET }).auth).toEqual({ mode: 'local', usersFile: undefined, sessionSecret: SECRET });
  });

  it('reads the proxy mode and checks every trusted address', () => {
    const config = load({
      AUTH_PROXY_HEADER: 'X-Forwarded-User',
      AUTH_PROXY_ROLE_HEADER: 'X-Forwarded-Role',
      AUTH_PROXY_TRUSTED_IPS: '10.0.0.5, 10.1.0.0/16,fd00::/8',
      SESSION_SECRET: SECRET,
      AUDIT_LOG_FILE: '-',
    });
    expect(config.auth).toEqual({
      mode: 'proxy',
      header: 'x-forwarded-user',
      roleHeader: 'x-forwarded-role',
      defaultRole: 'viewer',
      trustedProxies: ['10.0.0.5', '10.1.0.0/16', 'fd00::/8'],
      sessionSecret: SECRET,
    });
    expect(config.auditLogFile).toBe('-');
    expect(problem({ AUTH_MODE: 'proxy', SESSION_SECRET: SECRET })).toMatch(/^AUTH_PROXY_HEADER/);
    expect(problem({ AUTH_PROXY_HEADER: 'x-user', SESSION_SECRET: SECRET })).toMatch(/^AUTH_PROXY_TRUSTED_IPS: is required/);
    expect(problem({ AUTH_PROXY_HEADER: 'x-user', AUTH_PROXY_TRUSTED_IPS: '10.0.0.0/33', SESSION_SECRET: SECRET })).toBe(
      'AUTH_PROXY_TRUSTED_IPS: "10.0.0.0/33" is not an IP address or CIDR.',
    );
    expect(problem({ AUTH_MODE: 'ldap' })).toBe('AUTH_MODE: must be "local", "proxy" or "none", not "ldap".');
  });
});

describe('npm start off loopback without sign-in', () => {
  it('exits non-zero with a message naming AUTH_MODE and AUTH_USERS_FILE, before serving anything', async () => {
    const root = resolve(__dirname, '../../..');
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = execFile(
        resolve(root, 'node_modules/.bin/tsx'),
        ['src/bff/main.ts'],
        { cwd: root, env: { PATH: process.env.PATH, HOST: '0.0.0.0', PORT: '0', ECS_MODE: 'mock' }, timeout: 30_000 },
        (_error, _stdout, stderr) => done({ code: child.exitCode, stderr }),
      );
    });
    expect(code).toBe(2);
    expect(stderr).toContain('ECS Image Console cannot start: AUTH_MODE: HOST 0.0.0.0 is not a loopback address');
    expect(stderr).toContain('AUTH_USERS_FILE');
  }, 40_000);
});
