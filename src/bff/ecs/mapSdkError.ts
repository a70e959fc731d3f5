import { EcsCallError, NO_RESPONSE_CODES } from './port';

/**
 * Whatever the SDK throws -> EcsCallError. The SDK raises ClientError / ServerError /
 * ThrottlingError ({code, statusCode, requestId, data: ECS's error body, retryAfter}) for ECS
 * answers, a ClientError `InvalidCredentials` before sending when it has no credentials, and
 * plain errors from its HTTP layer (httpx: `RequestTimeoutError`, Node's ECONNREFUSED, ...).
 */

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  statusCode?: unknown;
  requestId?: unknown;
  retryAfter?: unknown;
  message?: unknown;
  data?: { Message?: unknown; RequestId?: unknown } | null;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' && value !== 'undefined' ? value : undefined;

/** Removes every known secret from text that may reach a browser or a log. */
export function redact(message: string, secrets: readonly string[]): string {
  let result = message;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  return result;
}

/** ECS's wording, without the SDK's "code: 400, ... request id: ..." wrapper or a string-to-sign dump. */
function ecsMessage(error: SdkErrorShape): string {
  const raw = text(error.data?.Message) ?? text(error.message) ?? 'ECS gave no message.';
  return raw.split(/\s*server string to sign is/i)[0]!.trim();
}

/**
 * The SDK hands over `x-acs-retry-after` as parsed; the SDK's own retry loop sleeps that many
 * milliseconds, so it is read as milliseconds and rounded up to whole seconds for Retry-After.
 */
function retryAfterSeconds(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  return Math.max(1, Math.ceil(value / 1000));
}

export function toEcsCallError(thrown: unknown, action: string, secrets: readonly string[]): EcsCallError {
  if (thrown instanceof EcsCallError) return thrown;
  const error: SdkErrorShape = typeof thrown === 'object' && thrown !== null ? thrown : { message: String(thrown) };
  const clean = (message: string) => redact(message, secrets);
  const status = typeof error.statusCode === 'number' ? error.statusCode : 0;
  const code = text(error.code);

  if (status >= 400 && code) {
    return new EcsCallError({
      action,
      ecsCode: code,
      message: clean(ecsMessage(error)),
      requestId: text(error.data?.RequestId) ?? text(error.requestId),
      httpStatus: status,
      retryAfterSeconds: retryAfterSeconds(error.retryAfter),
    });
  }
  if (code === 'InvalidCredentials' || /credential/i.test(text(error.message) ?? '')) {
    return new EcsCallError({
      action,
      ecsCode: 'InvalidCredentials',
      message: clean('No usable Alibaba Cloud credentials were found: ' + (text(error.message) ?? '')),
      httpStatus: 0,
    });
  }
  const name = text(error.name) ?? '';
  const message = text(error.message) ?? '';
  if (/timeout/i.test(name) || /timeout/i.test(message)) {
    return new EcsCallError({
      action,
      ecsCode: NO_RESPONSE_CODES.timeout,
      message: clean(`ECS did not answer in time (${message || name}).`),
      httpStatus: 0,
    });
  }
  const networkCode = code && NETWORK_CODES.has(code) ? code : undefined;
  return new EcsCallError({
    action,
    ecsCode: NO_RESPONSE_CODES.network,
    message: clean(`ECS could not be reached (${networkCode ?? (message || name || 'unknown error')}).`),
    httpStatus: 0,
  });
}
