import { EcsCallError, NO_RESPONSE_CODES } from './port';
import { DEFAULT_RETRY_POLICY, callSafety, isRetryable, retryPolicyFromEnv } from './retryPolicy';

const error = (ecsCode: string, httpStatus: number) => new EcsCallError({ action: 'X', ecsCode, message: 'm', httpStatus });

it('tells reads, ClientToken calls and other mutations apart by name and arguments', () => {
  expect(callSafety('describeImages', ['cn-hangzhou', {}])).toBe('read');
  expect(callSafety('listImageBuilds', [])).toBe('read');
  expect(callSafety('createImage', ['cn-hangzhou', { clientToken: 'abc' }])).toBe('idempotent');
  expect(callSafety('createImage', ['cn-hangzhou', { clientToken: '' }])).toBe('unsafe');
  expect(callSafety('stopInstance', ['cn-hangzhou', 'i-1'])).toBe('unsafe');
  expect(callSafety('deleteImage', ['cn-hangzhou', 'm-1'])).toBe('unsafe');
});

it('retries what ECS documents as transient, by how safe a repeat is', () => {
  const transient = [error('Throttling', 400), error('Throttling.Api', 400), error('ServiceUnavailable', 503), error('InternalError', 500), error(NO_RESPONSE_CODES.timeout, 0), error(NO_RESPONSE_CODES.network, 0)];
  for (const e of transient) expect(isRetryable(e, 'read')).toBe(true);
  expect(transient.map((e) => isRetryable(e, 'unsafe'))).toEqual([true, true, true, false, false, false]);
  for (const e of [error('InvalidImageName.Duplicated', 400), error('Forbidden.RAM', 403), error('InvalidCredentials', 0), error('SignatureDoesNotMatch', 400)]) {
    expect(isRetryable(e, 'read')).toBe(false);
  }
  expect(isRetryable(new Error('bug'), 'read')).toBe(false);
});

it('reads ECS_MAX_ATTEMPTS and ECS_CALL_TIMEOUT_MS, refusing nonsense', () => {
  expect(retryPolicyFromEnv({})).toEqual(DEFAULT_RETRY_POLICY);
  expect(retryPolicyFromEnv({ ECS_MAX_ATTEMPTS: '1', ECS_CALL_TIMEOUT_MS: '5000' })).toMatchObject({ maxAttempts: 1, callTimeoutMs: 5000 });
  expect(() => retryPolicyFromEnv({ ECS_MAX_ATTEMPTS: '0' })).toThrow(/ECS_MAX_ATTEMPTS/);
  expect(() => retryPolicyFromEnv({ ECS_CALL_TIMEOUT_MS: 'soon' })).toThrow(/ECS_CALL_TIMEOUT_MS/);
});
