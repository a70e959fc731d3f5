/**
 * ACS3-HMAC-SHA256, the signature the SDK sends by default (ecs-reference.md §1.5). Pure functions:
 * the protocol uses them to verify, tests and tools use `signV3` to sign.
 */
import { createHash, createHmac } from 'node:crypto';
import { rfc3986Encode } from './wire';

export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';
/** SHA-256 of an empty body: what the SDK sends for every ECS action. */
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface V3Authorization {
  algorithm: string;
  accessKeyId: string;
  /** Lower-case header names, in the order the client listed them. */
  signedHeaders: string[];
  signature: string;
}

/** `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`; undefined when garbled. */
export function parseV3Authorization(header: string): V3Authorization | undefined {
  const match = /^(\S+)\s+(.+)$/.exec(header.trim());
  if (!match) return undefined;
  const [, algorithm = '', rest = ''] = match;
  const fields = new Map<string, string>();
  for (const part of rest.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || !signedHeaders || !signature) return undefined;
  return {
    algorithm,
    accessKeyId,
    signedHeaders: signedHeaders.split(';').map((name) => name.trim().toLowerCase()),
    signature,
  };
}

/** Decoded query pairs sorted by key, each `key=ENC(value)`, joined by `&`; keys are not encoded (as the SDK). */
export function canonicalQueryString(pairs: ReadonlyArray<readonly [string, string]>): string {
  return [...pairs]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${rfc3986Encode(value)}`)
    .join('&');
}

export function canonicalUri(path: string): string {
  return (path || '/').replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}

export interface V3SigningInput {
  method: string;
  /** The request path as sent, e.g. `/`. */
  path: string;
  /** Percent-decoded query pairs. */
  query: ReadonlyArray<readonly [string, string]>;
  /** Header lookup by lower-case name; multiple values already joined by `,`. */
  header: (name: string) => string | undefined;
  signedHeaders: readonly string[];
  /** Lower-case hex SHA-256 of the body, as claimed in x-acs-content-sha256. */
  hashedPayload: string;
}

export function v3CanonicalRequest(input: V3SigningInput): string {
  const names = [...input.signedHeaders].sort();
  const canonicalHeaders = names.map((name) => `${name}:${(input.header(name) ?? '').trim()}\n`).join('');
  return [
    input.method.toUpperCase(),
    canonicalUri(input.path),
    canonicalQueryString(input.query),
    canonicalHeaders,
    names.join(';'),
    input.hashedPayload,
  ].join('\n');
}

export function v3StringToSign(input: V3SigningInput): string {
  return `${V3_ALGORITHM}\n${sha256Hex(v3CanonicalRequest(input))}`;
}

/** hex(HMAC-SHA256(secret, stringToSign)); the key is the bare secret (no `&` in V3). */
export function v3Signature(secret: string, stringToSign: string): string {
  return createHmac('sha256', secret).update(stringToSign).digest('hex');
}

/** Headers a client signs: host, content-type and every x-acs-* header present. */
export function headersToSign(headerNames: Iterable<string>): string[] {
  return [...new Set([...headerNames].map((name) => name.toLowerCase()))]
    .filter((name) => name === 'host' || name === 'content-type' || name.startsWith('x-acs-'))
    .sort();
}

/** The Authorization header for a request, as the SDK would compute it. */
export function signV3(
  input: Omit<V3SigningInput, 'signedHeaders'> & { headerNames: Iterable<string> },
  accessKeyId: string,
  secret: string,
): string {
  const signedHeaders = headersToSign(input.headerNames);
  const signature = v3Signature(secret, v3StringToSign({ ...input, signedHeaders }));
  return `${V3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`;
}
