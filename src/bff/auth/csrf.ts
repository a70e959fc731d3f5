import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A synchroniser token: random per session, kept server-side in the session, sent by the SPA in
 * the x-csrf-token header. Another site can make the browser send the cookie, but cannot read
 * the token, so it cannot forge a mutating request.
 */
export const newCsrfToken = () => randomBytes(32).toString('base64url');

export function csrfTokenMatches(expected: string | undefined, given: string | string[] | undefined): boolean {
  if (!expected || typeof given !== 'string' || given === '') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
