import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { readAuthSettings, type AuthSettings } from './auth/authConfig';

/** Everything main.ts needs, read once from the environment and checked. */
export interface BffConfig {
  mode: 'mock' | 'live';
  /** Why this mode: shown in the start-up line. */
  modeReason: string;
  port: number;
  host: string;
  /** host[:port] for every region, without scheme. */
  ecsEndpoint?: string;
  ecsProtocol?: 'http' | 'https';
  mockSpeed: number;
  mockClock: 'real' | 'manual';
  staticDir?: string;
  logLevel: string;
  /** Sign-in (src/bff/auth): mode, proxy trust and the audit log. */
  auth: AuthSettings['auth'];
  trustProxy: AuthSettings['trustProxy'];
  auditLogFile?: AuthSettings['auditLogFile'];
}

/** A bad environment variable: main prints the message (which names it) and exits. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export interface ConfigDeps {
  exists(path: string): boolean;
  homeDir: string;
  cwd: string;
}

const defaultDeps: ConfigDeps = { exists: existsSync, homeDir: homedir(), cwd: process.cwd() };
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** Where the standard credential chain (ecs-reference §7.2) would find credentials, if anywhere. */
export function configuredCredentialSource(env: NodeJS.ProcessEnv, deps: ConfigDeps): string | undefined {
  if (set(env.ALIBABA_CLOUD_ACCESS_KEY_ID)) return 'ALIBABA_CLOUD_ACCESS_KEY_ID';
  if (set(env.ALIBABA_CLOUD_ROLE_ARN) && set(env.ALIBABA_CLOUD_OIDC_TOKEN_FILE)) return 'OIDC role (ALIBABA_CLOUD_ROLE_ARN)';
  if (set(env.ALIBABA_CLOUD_CREDENTIALS_FILE) && deps.exists(env.ALIBABA_CLOUD_CREDENTIALS_FILE)) {
    return 'ALIBABA_CLOUD_CREDENTIALS_FILE';
  }
  if (deps.exists(join(deps.homeDir, '.alibabacloud', 'credentials'))) return '~/.alibabacloud/credentials';
  if (env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED !== 'true' && deps.exists(join(deps.homeDir, '.aliyun', 'config.json'))) {
    return '~/.aliyun/config.json';
  }
  if (set(env.ALIBABA_CLOUD_ECS_METADATA)) return 'ECS RAM role (ALIBABA_CLOUD_ECS_METADATA)';
  if (set(env.ALIBABA_CLOUD_CREDENTIALS_URI)) return 'ALIBABA_CLOUD_CREDENTIALS_URI';
  return undefined;
}

function readMode(env: NodeJS.ProcessEnv, deps: ConfigDeps): Pick<BffConfig, 'mode' | 'modeReason'> {
  const explicit = env.ECS_MODE?.trim();
  if (set(explicit)) {
    if (explicit !== 'mock' && explicit !== 'live') throw new ConfigError('ECS_MODE', `must be "mock" or "live", not "${explicit}".`);
    return { mode: explicit, modeReason: 'set by ECS_MODE' };
  }
  const source = configuredCredentialSource(env, deps);
  return source
    ? { mode: 'live', modeReason: `credentials found: ${source}` }
    : { mode: 'mock', modeReason: 'no Alibaba Cloud credentials configured' };
}

function readPort(value: string | undefined): number {
  if (!set(value)) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new ConfigError('PORT', `must be a port number 0-65535, not "${value}".`);
  return port;
}

/** ECS_ENDPOINT is host[:port] (as the SDK wants it); a pasted URL is accepted and its scheme kept. */
function readEndpoint(env: NodeJS.ProcessEnv): Pick<BffConfig, 'ecsEndpoint' | 'ecsProtocol'> {
  let protocol: 'http' | 'https' | undefined;
  if (set(env.ECS_PROTOCOL)) {
    const value = env.ECS_PROTOCOL.trim().toLowerCase();
    if (value !== 'http' && value !== 'https') throw new ConfigError('ECS_PROTOCOL', `must be "http" or "https", not "${env.ECS_PROTOCOL}".`);
    protocol = value;
  }
  if (!set(env.ECS_ENDPOINT)) return { ecsProtocol: protocol };
  const raw = env.ECS_ENDPOINT.trim();
  const scheme = /^(https?):\/\//i.exec(raw)?.[1]?.toLowerCase() as 'http' | 'https' | undefined;
  const endpoint = raw.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(endpoint)) {
    throw new ConfigError('ECS_ENDPOINT', `must be host[:port] such as 127.0.0.1:8787 or ecs.cn-hangzhou.aliyuncs.com, not "${raw}".`);
  }
  return { ecsEndpoint: endpoint, ecsProtocol: protocol ?? scheme };
}

function readSpeed(value: string | undefined): number {
  if (!set(value)) return 1;
  const speed = Number(value);
  if (!Number.isFinite(speed) || speed <= 0) throw new ConfigError('MOCK_ECS_SPEED', `must be a positive number, not "${value}".`);
  return speed;
}

function readClock(value: string | undefined): 'real' | 'manual' {
  if (!set(value)) return 'real';
  if (value !== 'real' && value !== 'manual') throw new ConfigError('MOCK_ECS_CLOCK', `must be "real" or "manual", not "${value}".`);
  return value;
}

function readStaticDir(value: string | undefined, deps: ConfigDeps): string | undefined {
  if (set(value)) {
    const dir = resolve(deps.cwd, value);
    if (!deps.exists(join(dir, 'index.html'))) throw new ConfigError('STATIC_DIR', `has no index.html: ${dir}`);
    return dir;
  }
  const built = resolve(deps.cwd, 'dist');
  return deps.exists(join(built, 'index.html')) ? built : undefined;
}

function readLogLevel(value: string | undefined): string {
  if (!set(value)) return 'info';
  if (!LOG_LEVELS.includes(value)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, not "${value}".`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, deps: ConfigDeps = defaultDeps): BffConfig {
  const host = set(env.HOST) ? env.HOST.trim() : '127.0.0.1';
  const mode = readMode(env, deps);
  const fail = (variable: string, problem: string): never => {
    throw new ConfigError(variable, problem);
  };
  return {
    ...mode,
    port: readPort(env.PORT),
    host,
    ...readEndpoint(env),
    mockSpeed: readSpeed(env.MOCK_ECS_SPEED),
    mockClock: readClock(env.MOCK_ECS_CLOCK),
    staticDir: readStaticDir(env.STATIC_DIR, deps),
    logLevel: readLogLevel(env.LOG_LEVEL),
    ...readAuthSettings(env, { host, ecsMode: mode.mode, cwd: deps.cwd, exists: deps.exists }, fail),
  };
}
