import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, roles, type Role } from '../../contract';
import { ConfigError } from '../config';
import { hashPassword, isPasswordHash } from './passwords';

export interface LocalUser {
  username: string;
  passwordHash: string;
  role: Role;
}

const usersFileSchema = z
  .array(
    z.object({
      username: z.string().regex(/^[A-Za-z0-9._@-]{1,64}$/, 'a username is 1-64 letters, digits or . _ @ -'),
      passwordHash: z.string().refine(isPasswordHash, 'passwordHash must be an argon2 hash from `npm run hash-password`'),
      role: z.enum(roles),
    }),
  )
  .superRefine((users, context) => {
    const seen = new Set<string>();
    for (const [index, user] of users.entries()) {
      const key = user.username.toLowerCase();
      if (seen.has(key)) context.addIssue({ code: 'custom', path: [index, 'username'], message: `"${user.username}" appears twice` });
      seen.add(key);
    }
  });

/** AUTH_USERS_FILE, checked whole: a start-up error names the entry and the problem, never a hash. */
export async function loadUsersFile(path: string): Promise<LocalUser[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigError('AUTH_USERS_FILE', `${path} could not be read as JSON (${error instanceof Error ? error.message : 'unknown error'}).`);
  }
  const parsed = usersFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `entry ${issue.path.join('.')}: ` : '';
    throw new ConfigError('AUTH_USERS_FILE', `${path}: ${where}${issue?.message ?? 'not a list of {username, passwordHash, role}'}.`);
  }
  return parsed.data;
}

/** The one-click demo accounts: hashed at start-up, added ONLY when ECS is the emulator. */
export async function demoUsers(): Promise<LocalUser[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return DEMO_ACCOUNTS.map(({ username, role }) => ({ username, role, passwordHash }));
}
