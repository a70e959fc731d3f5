import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { roles, type Role } from '../../contract';

/** How people prove who they are; `none` (everyone an operator) only on a loopback address. */
export type AuthConfig =
  | { mode: 'none' }
  | {
      mode: 'local';
      /** JSON [{username, passwordHash, role}]; optional in mock mode, where demo accounts exist. */
      usersFile?: string;
      sessionSecret: string;
    }
  | {
      mode: 'proxy';
      /** Lower-case header name holding the username, e.g. x-forwarded-user. */
      header: string;
      roleHeader?: string;
      /** Role of a proxied user whose role header is absent or unknown: least privilege. */
      defaultRole: Role;
      /** Addresses and CIDRs of the proxy: the only peers whose header is believed. */
      trustedProxies: string[];
      sessionSecret: string;
    };

export interface AuthSettings {
  auth: AuthConfig;
  /** Believe X-Forwarded-Proto/-For from the peer (behind a TLS-terminating proxy). */
  trustProxy: boolean;
  /** JSON lines of every mutating action; `-` for stdout; undefined for none. */
  auditLogFile?: string;
}

type Fail = (variable: string, problem: string) => never;
const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** 127.0.0.0/8, ::1 and localhost. 0.0.0.0 and :: listen on every interface, so they are not. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.trim().replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  const v4 = bare.replace(/^::ffff:/, '');
  return isIP(v4) === 4 && v4.startsWith('127.');
}

const MIN_SECRET_LENGTH = 32;

function readSecret(env: NodeJS.ProcessEnv, fail: Fail): string {
  const secret = env.SESSION_SECRET;
  if (!set(secret)) {
    fail('SESSION_SECRET', 'is required when sign-in is on: at least 32 random characters, e.g. `openssl rand -base64 48`.');
  }
  if (secret.length < MIN_SECRET_LENGTH) fail('SESSION_SECRET', `must be at least ${MIN_SECRET_LENGTH} characters long.`);
  return secret;
}

/** Each entry an IP address or a CIDR (10.0.0.0/8, fd00::/8); checked here so a typo cannot open the door. */
function readTrustedProxies(value: string | undefined, fail: Fail): string[] {
  if (!set(value)) fail('AUTH_PROXY_TRUSTED_IPS', 'is required with AUTH_MODE=proxy: the addresses of your auth proxy, e.g. 10.0.0.5,10.1.0.0/16.');
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (family === 0 || !validBits || extra !== undefined) {
      fail('AUTH_PROXY_TRUSTED_IPS', `"${entry}" is not an IP address or CIDR.`);
    }
  }
  return entries;
}

const HEADER_NAME = /^[a-z0-9-]{1,64}$/;

function readHeaderName(variable: string, value: string, fail: Fail): string {
  const name = value.trim().toLowerCase();
  if (!HEADER_NAME.test(name)) fail(variable, `"${value}" is not an HTTP header name.`);
  return name;
}

function readMode(env: NodeJS.ProcessEnv, fail: Fail): AuthConfig['mode'] {
  const explicit = env.AUTH_MODE?.trim().toLowerCase();
  if (set(explicit)) {
    if (explicit !== 'local' && explicit !== 'proxy' && explicit !== 'none') {
      fail('AUTH_MODE', `must be "local", "proxy" or "none", not "${env.AUTH_MODE}".`);
    }
    return explicit;
  }
  // A users file or a proxy header says what is meant without AUTH_MODE.
  if (set(env.AUTH_USERS_FILE)) return 'local';
  if (set(env.AUTH_PROXY_HEADER)) return 'proxy';
  return 'none';
}

/**
 * Sign-in settings from the environment. Off loopback, a console without authentication would
 * hand every visitor the operator role over a real cloud account, so it refuses to start.
 */
export function readAuthSettings(
  env: NodeJS.ProcessEnv,
  context: { host: string; ecsMode: 'mock' | 'live'; cwd: string; exists(path: string): boolean },
  fail: Fail,
): AuthSettings {
  const mode = readMode(env, fail);
  const trustProxy = env.TRUST_PROXY?.trim() === 'true' || env.TRUST_PROXY?.trim() === '1';
  const explicitAudit = set(env.AUDIT_LOG_FILE) ? env.AUDIT_LOG_FILE.trim() : undefined;
  const auditFile = (fallback?: string) => {
    const file = explicitAudit ?? fallback;
    return file === undefined || file === '-' ? file : resolve(context.cwd, file);
  };

  if (mode === 'none') {
    if (!isLoopbackHost(context.host)) {
      fail(
        'AUTH_MODE',
        `HOST ${context.host} is not a loopback address, and the console refuses to serve it without sign-in. ` +
          'Set AUTH_MODE=local with AUTH_USERS_FILE (accounts made with `npm run hash-password`), or AUTH_MODE=proxy ' +
          'with AUTH_PROXY_HEADER and AUTH_PROXY_TRUSTED_IPS, plus SESSION_SECRET; or bind HOST=127.0.0.1.',
      );
    }
    return { auth: { mode: 'none' }, trustProxy, auditLogFile: auditFile() };
  }

  if (mode === 'local') {
    const usersFile = set(env.AUTH_USERS_FILE) ? resolve(context.cwd, env.AUTH_USERS_FILE.trim()) : undefined;
    if (!usersFile && context.ecsMode === 'live') {
      fail('AUTH_USERS_FILE', 'is required with AUTH_MODE=local against Alibaba Cloud: a JSON list of {username, passwordHash, role}.');
    }
    if (usersFile && !context.exists(usersFile)) fail('AUTH_USERS_FILE', `does not exist: ${usersFile}`);
    return { auth: { mode, usersFile, sessionSecret: readSecret(env, fail) }, trustProxy, auditLogFile: auditFile('audit.log') };
  }

  if (!set(env.AUTH_PROXY_HEADER)) fail('AUTH_PROXY_HEADER', 'is required with AUTH_MODE=proxy, e.g. x-forwarded-user.');
  const defaultRole = set(env.AUTH_PROXY_DEFAULT_ROLE) ? env.AUTH_PROXY_DEFAULT_ROLE.trim() : 'viewer';
  if (!(roles as readonly string[]).includes(defaultRole)) {
    fail('AUTH_PROXY_DEFAULT_ROLE', `must be "viewer" or "operator", not "${defaultRole}".`);
  }
  return {
    auth: {
      mode,
      header: readHeaderName('AUTH_PROXY_HEADER', env.AUTH_PROXY_HEADER, fail),
      roleHeader: set(env.AUTH_PROXY_ROLE_HEADER) ? readHeaderName('AUTH_PROXY_ROLE_HEADER', env.AUTH_PROXY_ROLE_HEADER, fail) : undefined,
      defaultRole: defaultRole as Role,
      trustedProxies: readTrustedProxies(env.AUTH_PROXY_TRUSTED_IPS, fail),
      sessionSecret: readSecret(env, fail),
    },
    trustProxy,
    auditLogFile: auditFile('audit.log'),
  };
}
