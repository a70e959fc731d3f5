import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashes are argon2id (OWASP's first choice) made by @node-rs/argon2 with its defaults:
 * 19 MiB memory, 2 iterations, 1 lane, the OWASP minimum. The hash string carries its own salt
 * and parameters, so stronger settings later still verify old hashes.
 */
export const hashPassword = (password: string): Promise<string> => hash(password);

export const isPasswordHash = (value: string): boolean => /^\$argon2(id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[^$]+\$[^$]+$/.test(value);

/** A malformed hash counts as a wrong password rather than a crash. */
export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
