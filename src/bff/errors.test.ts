import { EcsCallError } from './ecs/port';
import { toEcsCallError } from './ecs/mapSdkError';
import { fromEcsCallError } from './errors';

const ecsError = (ecsCode: string, httpStatus: number, extra: Partial<{ retryAfterSeconds: number }> = {}) =>
  new EcsCallError({ action: 'CreateImage', ecsCode, message: 'ECS says no.', requestId: 'REQ-1', httpStatus, ...extra });

describe('ECS errors -> the console answer', () => {
  it.each([
    ['InvalidImageName.Malformed', 400, 400, 'InvalidInput', 'imageName'],
    ['InvalidDescription.Malformed', 400, 400, 'InvalidInput', 'description'],
    ['InvalidTagKey.Malformed', 400, 400, 'InvalidInput', 'tags'],
    ['Duplicate.TagKey', 400, 400, 'InvalidInput', 'tags'],
    ['InvalidResourceGroup.NotFound', 404, 400, 'InvalidInput', 'resourceGroupId'],
    ['InvalidImageName.Duplicated', 400, 409, 'Conflict', 'imageName'],
    ['InvalidInstanceId.NotFound', 404, 404, 'NotFound', undefined],
    ['IncorrectInstanceStatus', 403, 409, 'Conflict', undefined],
    ['InstanceExpiredOrInArrears', 403, 409, 'Conflict', undefined],
    ['IdempotenceParamNotMatch', 400, 409, 'Conflict', undefined],
    ['IncorrectDiskStatus.CreatingSnapshot', 403, 409, 'Conflict', undefined],
    ['QuotaExceed.Image', 403, 422, 'EcsRejected', undefined],
    ['InvalidAccountStatus.NotEnoughBalance', 403, 422, 'EcsRejected', undefined],
    ['Forbidden.RAM', 403, 403, 'Forbidden', undefined],
    ['InvalidAccessKeyId.NotFound', 404, 502, 'UpstreamUnavailable', undefined],
    ['SignatureDoesNotMatch', 400, 502, 'UpstreamUnavailable', undefined],
    ['ServiceUnavailable', 503, 503, 'UpstreamUnavailable', undefined],
    ['InternalError', 500, 502, 'UpstreamUnavailable', undefined],
  ])('%s (ECS %i) -> %i %s', (code, ecsStatus, status, apiCode, field) => {
    const answer = fromEcsCallError(ecsError(code, ecsStatus));
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code: apiCode, ecsCode: code, requestId: 'REQ-1' });
    expect(answer.body.field).toBe(field);
    expect(answer.body.message).toContain('ECS says no.');
  });

  it('turns throttling into 429 with Retry-After', () => {
    const answer = fromEcsCallError(ecsError('Throttling.User', 400, { retryAfterSeconds: 3 }));
    expect(answer.status).toBe(429);
    expect(answer.headers).toEqual({ 'retry-after': '3' });
  });

  it('says a timeout is a 504 and passes no ECS code that ECS never sent', () => {
    const answer = fromEcsCallError(toEcsCallError(Object.assign(new Error('ReadTimeout(10000)'), { name: 'RequestTimeoutError' }), 'DescribeImages', []));
    expect(answer.status).toBe(504);
    expect(answer.body.ecsCode).toBeUndefined();
  });

  it('says an unreachable ECS is a 502', () => {
    const answer = fromEcsCallError(toEcsCallError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'DescribeRegions', []));
    expect(answer.status).toBe(502);
    expect(answer.body.message).toContain('ECONNREFUSED');
  });
});

describe('SDK errors -> EcsCallError', () => {
  it("keeps ECS's code, status, RequestId and message, without the SDK's wrapper", () => {
    const sdkError = Object.assign(new Error('code: 400, The specified Image name is wrongly formed. request id: R-9'), {
      code: 'InvalidImageName.Malformed',
      statusCode: 400,
      requestId: 'R-9',
      data: { Message: 'The specified Image name is wrongly formed.', RequestId: 'R-9' },
    });
    const error = toEcsCallError(sdkError, 'CreateImage', []);
    expect(error).toMatchObject({ ecsCode: 'InvalidImageName.Malformed', httpStatus: 400, requestId: 'R-9' });
    expect(error.message).toBe('The specified Image name is wrongly formed.');
  });

  it('reads the retry hint (milliseconds) as whole seconds', () => {
    const error = toEcsCallError({ code: 'Throttling', statusCode: 400, retryAfter: 1500, data: {} }, 'DescribeImages', []);
    expect(error.retryAfterSeconds).toBe(2);
  });

  it('removes a known secret from any message', () => {
    const error = toEcsCallError({ code: 'X', statusCode: 400, data: { Message: 'key s3cr3t-value leaked' } }, 'A', ['s3cr3t-value']);
    expect(error.message).not.toContain('s3cr3t-value');
  });

  it('treats missing credentials as InvalidCredentials, not a network failure', () => {
    const error = toEcsCallError({ code: 'InvalidCredentials', message: 'Please set up the credentials correctly.' }, 'DescribeRegions', []);
    expect(error.ecsCode).toBe('InvalidCredentials');
    expect(fromEcsCallError(error).status).toBe(502);
  });
});
