import type { Role } from '../../contract';
import type { LocalUser } from './users';

/** Who is asking: a signed-in user, a user named by the trusted proxy, or anyone on loopback without auth. */
export interface Principal {
  username: string;
  role: Role;
}

/** Loopback without authentication: everyone is this operator, and the audit log says so. */
export const ANONYMOUS_LOCAL: Principal = { username: 'anonymous-local', role: 'operator' };

/** What buildApp needs to turn sign-in on (main.ts builds it from the environment). */
export type AuthSetup = { sessionSecret: string; sessionTtlMs?: number; maxSessions?: number } & (
  | {
      mode: 'local';
      users: LocalUser[];
      /** Mock mode: the demo accounts are among `users`, and the sign-in page offers them. */
      demoSignIn: boolean;
      /** Sign-in attempts per minute for one address and username. */
      loginMaxPerMinute?: number;
    }
  | {
      mode: 'proxy';
      header: string;
      roleHeader?: string;
      defaultRole: Role;
      trustedProxies: string[];
    }
);

declare module 'fastify' {
  interface Session {
    user?: Principal;
    csrfToken?: string;
  }
  interface FastifyRequest {
    /** Set by the auth guard (or the login route) once the caller is known. */
    principal?: Principal;
  }
}
