import type { BffConfig } from '../config';
import { fileAuditSink, type AuditSink } from './audit';
import type { AuthSetup } from './types';
import { demoUsers, loadUsersFile, type LocalUser } from './users';

/** The AuthSetup buildApp wants, from the checked config: reads AUTH_USERS_FILE, adds demo users in mock mode. */
export async function authSetupFromConfig(config: BffConfig): Promise<AuthSetup | undefined> {
  const auth = config.auth;
  if (auth.mode === 'none') return undefined;
  if (auth.mode === 'proxy') return { ...auth };
  const fromFile: LocalUser[] = auth.usersFile ? await loadUsersFile(auth.usersFile) : [];
  // Demo accounts guard nothing real, so they exist only in front of the emulator.
  const demo = config.mode === 'mock' ? await demoUsers() : [];
  const taken = new Set(fromFile.map((user) => user.username.toLowerCase()));
  return {
    mode: 'local',
    users: [...fromFile, ...demo.filter((user) => !taken.has(user.username))],
    demoSignIn: demo.length > 0,
    sessionSecret: auth.sessionSecret,
  };
}

export const auditSinkFromConfig = (config: BffConfig): AuditSink | undefined =>
  config.auditLogFile ? fileAuditSink(config.auditLogFile) : undefined;

/** For the start-up line: how people sign in, never a secret. */
export function describeAuth(config: BffConfig): string {
  const audit = config.auditLogFile ? `, audit log ${config.auditLogFile === '-' ? 'stdout' : config.auditLogFile}` : '';
  switch (config.auth.mode) {
    case 'none':
      return `sign-in: off (loopback only, everyone is an operator)${audit}`;
    case 'local':
      return `sign-in: local accounts${config.auth.usersFile ? ` from ${config.auth.usersFile}` : ''}${config.mode === 'mock' ? ' + demo accounts' : ''}${audit}`;
    case 'proxy':
      return `sign-in: proxy header ${config.auth.header} from ${config.auth.trustedProxies.join(', ')}${audit}`;
  }
}
