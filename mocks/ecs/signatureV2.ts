/**
 * The legacy RPC signature (HMAC-SHA1, SignatureVersion 1.0; ecs-reference.md §1.6), which the SDK
 * sends with `signatureAlgorithm: 'v2'` and older tools still use.
 */
import { createHmac } from 'node:crypto';
import { ECS_API_VERSION, rfc3986Encode } from './wire';

export const V2_SIGNATURE_METHOD = 'HMAC-SHA1';
export const V2_SIGNATURE_VERSION = '1.0';

/**
 * `METHOD&%2F&` + ENC(sorted `ENC(k)=ENC(v)` joined by `&`), over every parameter (query and form
 * body) except Signature itself. The canonical string is encoded twice, so `:` shows as `%253A`.
 */
export function v2StringToSign(method: string, params: Readonly<Record<string, string>>): string {
  const canonical = Object.keys(params)
    .filter((key) => key !== 'Signature')
    .sort()
    .map((key) => `${rfc3986Encode(key)}=${rfc3986Encode(params[key] ?? '')}`)
    .join('&');
  return `${method.toUpperCase()}&${rfc3986Encode('/')}&${rfc3986Encode(canonical)}`;
}

/** base64(HMAC-SHA1(secret + "&", stringToSign)). */
export function v2Signature(secret: string, stringToSign: string): string {
  return createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
}

/** Adds the V2 common parameters and Signature to `params`, as the SDK does in v2 mode. */
export function signV2(
  method: string,
  params: Readonly<Record<string, string>>,
  accessKeyId: string,
  secret: string,
  options: { timestamp: string; nonce: string },
): Record<string, string> {
  const signed: Record<string, string> = {
    Format: 'json',
    Version: ECS_API_VERSION,
    ...params,
    Timestamp: options.timestamp,
    SignatureNonce: options.nonce,
    SignatureMethod: V2_SIGNATURE_METHOD,
    SignatureVersion: V2_SIGNATURE_VERSION,
    AccessKeyId: accessKeyId,
  };
  signed.Signature = v2Signature(secret, v2StringToSign(method, signed));
  return signed;
}
