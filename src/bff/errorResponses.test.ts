import { createEmulator, setImageQuota } from '../../mocks/ecs/emulator';
import { EcsError, type Emulator } from '../../mocks/ecs/types';
import { apiErrorSchema } from '../contract';
import { withFaults, type FaultyEmulator } from './testing/faults';
import { HANGZHOU, SECURITY_LOCKED, WEB_PROD_01, call, imageBody, startHarness, type Harness } from './testing/harness';

let harness: Harness;
let emulator: FaultyEmulator;
let model: Emulator;
beforeAll(async () => {
  model = createEmulator({ clock: 'manual' });
  emulator = withFaults(model);
  harness = await startHarness({ emulator });
});
afterAll(() => harness.close());
beforeEach(() => {
  emulator.clearFaults();
  emulator.reset();
});

const createImageUrl = `${HANGZHOU}/instances/${WEB_PROD_01}/images`;

describe('bad input is refused with 400 naming the field, never a 500', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['an empty name', { imageName: '' }, 'imageName'],
    ['a one-letter name', { imageName: 'a' }, 'imageName'],
    ['a name starting with a digit', { imageName: '1image' }, 'imageName'],
    ['a name starting with http://', { imageName: 'http://image' }, 'imageName'],
    ['a name starting with aliyun', { imageName: 'aliyun-copy' }, 'imageName'],
    ['a name with a space', { imageName: 'my image' }, 'imageName'],
    ['a 129-character name', { imageName: 'a'.repeat(129) }, 'imageName'],
    ['a one-character description', { description: 'x' }, 'description'],
    ['a description starting with https://', { description: 'https://example.com' }, 'description'],
    ['a 257-character description', { description: 'd'.repeat(257) }, 'description'],
    ['a tag key starting with acs:', { tags: [{ key: 'acs:owner', value: 'x' }] }, 'tags'],
    ['a missing client token', { clientToken: undefined }, 'clientToken'],
    ['a malformed resource group', { resourceGroupId: 'my group' }, 'resourceGroupId'],
    ['a name that is not a string', { imageName: 42 }, 'imageName'],
  ];

  it.each(cases)('%s', async (_label, overrides, field) => {
    const { status, json } = await call(harness.app, 'POST', createImageUrl, imageBody(overrides));
    expect(status).toBe(400);
    expect(apiErrorSchema.parse(json)).toMatchObject({ code: 'InvalidInput', field });
    expect(json.message.length).toBeGreaterThan(10);
  });

  it('refuses a body that is not an object', async () => {
    const { status, json } = await call(harness.app, 'POST', createImageUrl, [1, 2]);
    expect(status).toBe(400);
    expect(json.code).toBe('InvalidInput');
  });

  it('refuses malformed JSON', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: createImageUrl,
      headers: { 'content-type': 'application/json' },
      payload: '{"imageName": "abc",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'InvalidInput', message: 'The request body is not valid JSON.' });
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: createImageUrl,
      headers: { 'content-type': 'text/plain' },
      payload: 'imageName=abc',
    });
    expect(response.statusCode).toBe(415);
    expect(apiErrorSchema.parse(response.json()).code).toBe('InvalidInput');
  });

  it('refuses an oversize body with 413', async () => {
    const { status, json } = await call(harness.app, 'POST', createImageUrl, imageBody({ description: 'x'.repeat(100_000) }));
    expect(status).toBe(413);
    expect(json.code).toBe('InvalidInput');
  });
});

describe('unknown routes', () => {
  it('answers an unknown /api route with a JSON 404', async () => {
    const { status, json } = await call(harness.app, 'GET', '/api/nothing-here');
    expect(status).toBe(404);
    expect(apiErrorSchema.parse(json)).toMatchObject({ code: 'NotFound', message: expect.stringContaining('/api/nothing-here') });
  });

  it('answers an unknown instance action with a JSON 404', async () => {
    const { status, json } = await call(harness.app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/explode`, {});
    expect(status).toBe(404);
    expect(json.code).toBe('NotFound');
  });
});

describe("ECS's refusals pass through with ECS's code and RequestId", () => {
  it('InstanceLockedForSecurity on the security-locked instance is a 409', async () => {
    const { status, json } = await call(harness.app, 'POST', `${HANGZHOU}/instances/${SECURITY_LOCKED}/images`, imageBody());
    expect(status).toBe(409);
    expect(json).toMatchObject({ code: 'Conflict', ecsCode: 'InstanceLockedForSecurity', requestId: expect.any(String) });
    expect(json.message).toMatch(/locked for security/i);
  });

  it('QuotaExceed.Image is a 422 with the quota explained', async () => {
    const [accessKeyId] = [...model.credentials.keys()];
    setImageQuota(model, accessKeyId!, 'cn-hangzhou', 0);
    const { status, json } = await call(harness.app, 'POST', createImageUrl, imageBody());
    expect(status).toBe(422);
    expect(json).toMatchObject({ code: 'EcsRejected', ecsCode: 'QuotaExceed.Image', requestId: expect.any(String) });
    expect(json.message).toMatch(/quota/i);
  });

  it('a duplicated image name is a 409 on the name field', async () => {
    const body = imageBody();
    await call(harness.app, 'POST', createImageUrl, body);
    const { status, json } = await call(harness.app, 'POST', createImageUrl, { ...body, clientToken: `${body.clientToken}-2` });
    expect(status).toBe(409);
    expect(json).toMatchObject({ code: 'Conflict', field: 'imageName', ecsCode: 'InvalidImageName.Duplicated' });
  });

  it('throttling is a 429 with Retry-After in seconds', async () => {
    emulator.failAction('DescribeRegions', () => {
      throw new EcsError(400, 'Throttling.User', 'Request was denied due to user flow control.', {
        'x-acs-retry-after': '1500',
      });
    });
    const { status, json, response } = await call(harness.app, 'GET', '/api/regions');
    expect(status).toBe(429);
    expect(response.headers['retry-after']).toBe('2');
    expect(json).toMatchObject({ code: 'Throttled', ecsCode: 'Throttling.User', requestId: expect.any(String) });
  });

  it('an ECS 503 is a 503 and an ECS 500 a 502', async () => {
    emulator.failAction('DescribeRegions', () => {
      throw new EcsError(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
    });
    expect((await call(harness.app, 'GET', '/api/regions')).status).toBe(503);
    emulator.failAction('DescribeRegions', () => {
      throw new EcsError(500, 'InternalError', 'The request processing has failed due to some unknown error.');
    });
    const { status, json } = await call(harness.app, 'GET', '/api/regions');
    expect(status).toBe(502);
    expect(json).toMatchObject({ code: 'UpstreamUnavailable', ecsCode: 'InternalError' });
  });
});

describe('mock controls', () => {
  it('resets the emulator to the seed', async () => {
    const { json } = await call(harness.app, 'POST', createImageUrl, imageBody());
    const reset = await harness.app.inject({ method: 'POST', url: '/__mock/reset' });
    expect(reset.statusCode).toBe(204);
    expect((await call(harness.app, 'GET', `${HANGZHOU}/images/${json.imageId}`)).status).toBe(404);
  });

  it('refuses a negative advance, naming the field', async () => {
    const { status, json } = await call(harness.app, 'POST', '/__mock/advance', { seconds: -5 });
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 'InvalidInput', field: 'seconds' });
  });
});
