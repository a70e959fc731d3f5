import { z } from 'zod';

/**
 * Sign-in and roles (issue 5).
 *
 *   GET    /api/session            -> Session (signed in, or who may sign in)
 *   POST   /api/session  LoginBody -> SignedInSession      401 bad credentials, 429 too many attempts
 *   DELETE /api/session            -> 204 (needs the x-csrf-token header like every mutating call)
 *
 * When the console runs with authentication, every other /api route answers 401 without a
 * session, and every POST/PUT/PATCH/DELETE needs the role operator (else 403) and the session's
 * CSRF token in the `x-csrf-token` header (else 403).
 */

export const roles = ['viewer', 'operator'] as const;
export type Role = (typeof roles)[number];

/** What a role may do: viewers read, operators also change resources. */
export type Capability = 'read' | 'operate';

/** The header every mutating request carries, holding the token from the session. */
export const CSRF_HEADER = 'x-csrf-token';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1, 'Enter your username.').max(64, 'A username has at most 64 characters.'),
  password: z.string().min(1, 'Enter your password.').max(256, 'A password has at most 256 characters.'),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const signedInSessionSchema = z.object({
  authenticated: z.literal(true),
  username: z.string(),
  role: z.enum(roles),
  /** Send it back in the x-csrf-token header on every POST, PUT, PATCH and DELETE. */
  csrfToken: z.string(),
  /** `proxy`: the identity comes from the organisation's sign-in proxy, so signing out happens there. */
  authMode: z.enum(['local', 'proxy']),
});
export type SignedInSession = z.infer<typeof signedInSessionSchema>;

export const anonymousSessionSchema = z.object({
  authenticated: z.literal(false),
  /** false: the console runs on loopback without authentication and everyone is an operator. */
  authRequired: z.boolean(),
  /** true: mock mode with local accounts, so the demo accounts below can sign in with one click. */
  demoSignIn: z.boolean(),
  /** How one signs in here: `proxy` means through the organisation's sign-in proxy, not this page. */
  authMode: z.enum(['none', 'local', 'proxy']),
});
export type AnonymousSession = z.infer<typeof anonymousSessionSchema>;

export const sessionSchema = z.discriminatedUnion('authenticated', [signedInSessionSchema, anonymousSessionSchema]);
export type Session = z.infer<typeof sessionSchema>;

/**
 * Built-in accounts that exist ONLY when the console talks to the ECS emulator with local
 * accounts: they guard nothing real, so their password is public.
 */
export const DEMO_ACCOUNTS = [
  { username: 'demo-operator', role: 'operator' },
  { username: 'demo-viewer', role: 'viewer' },
] as const satisfies readonly { username: string; role: Role }[];
export const DEMO_PASSWORD = 'demo';
