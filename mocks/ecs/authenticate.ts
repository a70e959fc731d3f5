/**
 * Verifies who signed an ECS request (V3 ACS3-HMAC-SHA256 or legacy V2 HMAC-SHA1) and answers with
 * ECS's codes when it cannot. Errors may echo the server's string to sign; never the secret.
 */
import { timingSafeEqual } from 'node:crypto';
import { EcsError } from './types';
import { NonceCache, SIGNATURE_WINDOW_MS } from './nonceCache';
import { V2_SIGNATURE_METHOD, V2_SIGNATURE_VERSION, v2Signature, v2StringToSign } from './signatureV2';
import { V3_ALGORITHM, parseV3Authorization, sha256Hex, v3Signature, v3StringToSign } from './signatureV3';
import { missingParameter, parseEcsTimestamp } from './wire';

export type SignatureMode = 'v2' | 'v3';

export interface SignedRequest {
  method: string;
  path: string;
  /** The host header as sent, port included. */
  host: string;
  headers: Headers;
  /** Percent-decoded query pairs, in wire order (V3 signs these). */
  query: ReadonlyArray<readonly [string, string]>;
  /** Query and form-body parameters, decoded (V2 signs these). */
  params: Readonly<Record<string, string>>;
  body: Uint8Array;
}

export interface Verifier {
  credentials: ReadonlyMap<string, string>;
  nonces: NonceCache;
  /** Wall time in ms: signatures expire by the real clock, not the emulator's. */
  wallNow: () => number;
}

/** A request with an Authorization header speaks V3; anything else is judged as V2. */
export function signatureModeOf(headers: Headers): SignatureMode {
  return headers.has('authorization') ? 'v3' : 'v2';
}

const incompleteSignature = (detail?: string) =>
  new EcsError(
    400,
    'IncompleteSignature',
    `The request signature does not conform to Aliyun standards.${detail ? ` ${detail}` : ''}`,
  );

const signatureMismatch = (stringToSign: string) =>
  new EcsError(
    400,
    'SignatureDoesNotMatch',
    `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
  );

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function checkFresh(value: string, verifier: Verifier): void {
  const signedAt = parseEcsTimestamp(value);
  if (signedAt === undefined) {
    throw new EcsError(400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
  }
  if (Math.abs(verifier.wallNow() - signedAt) > SIGNATURE_WINDOW_MS) {
    throw new EcsError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  }
}

function secretOf(accessKeyId: string, verifier: Verifier): string {
  const secret = verifier.credentials.get(accessKeyId);
  if (secret === undefined) {
    throw new EcsError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
  }
  return secret;
}

function claimNonce(accessKeyId: string, nonce: string, verifier: Verifier): void {
  if (!verifier.nonces.claim(accessKeyId, nonce, verifier.wallNow())) {
    throw new EcsError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
  }
}

function verifyV3(request: SignedRequest, verifier: Verifier): string {
  const auth = parseV3Authorization(request.headers.get('authorization') ?? '');
  if (!auth) throw incompleteSignature();
  if (auth.algorithm !== V3_ALGORITHM) throw incompleteSignature(`Unsupported algorithm ${auth.algorithm}.`);
  const header = (name: string) => (name === 'host' ? request.host : (request.headers.get(name) ?? undefined));
  const date = header('x-acs-date');
  if (date === undefined) throw missingParameter('x-acs-date');
  checkFresh(date, verifier);
  const nonce = header('x-acs-signature-nonce');
  if (nonce === undefined) throw missingParameter('x-acs-signature-nonce');
  const claimedHash = header('x-acs-content-sha256');
  if (claimedHash === undefined) throw missingParameter('x-acs-content-sha256');
  const secret = secretOf(auth.accessKeyId, verifier);

  // Every header that steers the request must be covered by the signature.
  const mustSign = ['host', ...[...request.headers.keys()].filter((name) => name.startsWith('x-acs-'))];
  const unsigned = mustSign.filter((name) => !auth.signedHeaders.includes(name));
  if (unsigned.length > 0) throw incompleteSignature(`Unsigned headers: ${unsigned.join(', ')}.`);

  const stringToSign = v3StringToSign({
    method: request.method,
    path: request.path,
    query: request.query,
    header,
    signedHeaders: auth.signedHeaders,
    hashedPayload: claimedHash,
  });
  if (!sameText(auth.signature.toLowerCase(), v3Signature(secret, stringToSign))) {
    throw signatureMismatch(stringToSign);
  }
  if (claimedHash.toLowerCase() !== sha256Hex(request.body)) {
    throw new EcsError(
      400,
      'SignatureDoesNotMatch',
      'Specified signature is not matched with our calculation. The x-acs-content-sha256 header does not match the request body.',
    );
  }
  claimNonce(auth.accessKeyId, nonce, verifier);
  return auth.accessKeyId;
}

function verifyV2(request: SignedRequest, verifier: Verifier): string {
  const { params } = request;
  if (params.AccessKeyId === undefined && params.Signature === undefined && params.SignatureMethod === undefined) {
    throw incompleteSignature('The request carries no signature.');
  }
  const required = (name: string): string => {
    const value = params[name];
    if (value === undefined || value === '') throw missingParameter(name);
    return value;
  };
  const accessKeyId = required('AccessKeyId');
  const signature = required('Signature');
  if (required('SignatureMethod') !== V2_SIGNATURE_METHOD) throw incompleteSignature('SignatureMethod must be HMAC-SHA1.');
  if (required('SignatureVersion') !== V2_SIGNATURE_VERSION) throw incompleteSignature('SignatureVersion must be 1.0.');
  checkFresh(required('Timestamp'), verifier);
  const nonce = required('SignatureNonce');
  const secret = secretOf(accessKeyId, verifier);

  const stringToSign = v2StringToSign(request.method, params);
  if (!sameText(signature, v2Signature(secret, stringToSign))) throw signatureMismatch(stringToSign);
  claimNonce(accessKeyId, nonce, verifier);
  return accessKeyId;
}

/** Returns the AccessKeyId that signed the request, or throws the EcsError ECS would answer with. */
export function authenticate(request: SignedRequest, mode: SignatureMode, verifier: Verifier): string {
  return mode === 'v3' ? verifyV3(request, verifier) : verifyV2(request, verifier);
}
