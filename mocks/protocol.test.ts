import { getResponse } from 'msw';
import { createEcsHandlers } from './handlers';
import { createFakeEmulator, FAKE_ACCESS_KEY_ID, FAKE_ACCESS_KEY_SECRET, type FakeEmulator } from './testing/fakeEmulator';
import { ecsTimestamp, toRequest, v2Parts, v3Parts, type RequestParts, type V3Options } from './testing/signedRequests';

const ENDPOINT = 'https://ecs.cn-hangzhou.aliyuncs.com/';
let emulator: FakeEmulator;

beforeEach(() => {
  emulator = createFakeEmulator();
});

async function send(parts: RequestParts, hosts: 'ecs' | 'any' = 'ecs') {
  const response = await getResponse(createEcsHandlers(emulator, { hosts }), toRequest(parts));
  if (!response) throw new Error('the ECS handlers did not answer');
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

const v3 = (overrides: Partial<V3Options> = {}) =>
  v3Parts({
    endpoint: ENDPOINT,
    action: 'DescribeRegions',
    accessKeyId: FAKE_ACCESS_KEY_ID,
    secret: FAKE_ACCESS_KEY_SECRET,
    ...overrides,
  });

describe('a V3-signed request as the SDK sends it', () => {
  it('answers 200 JSON with the action result and an upper-case RequestId', async () => {
    const { status, headers, body } = await send(v3({ params: { AcceptLanguage: 'en-US' } }));
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json;charset=utf-8');
    expect(body.Regions).toEqual({ Region: [{ RegionId: 'cn-hangzhou', LocalName: 'China (Hangzhou)' }] });
    expect(body.RequestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(headers.get('x-acs-request-id')).toBe(body.RequestId);
  });

  it('gives the action decoded business parameters, the signer and the region of the host', async () => {
    const params = { InstanceName: "web *(x)! it's 100% ~ 中文", 'Tag.1.Key': 'a+b', Empty: '' };
    await send(v3({ params }));
    const call = emulator.calls[0];
    expect(call?.params).toEqual(params);
    expect(call?.context.accessKeyId).toBe(FAKE_ACCESS_KEY_ID);
    expect(call?.context.hostRegionId).toBe('cn-hangzhou');
  });

  it.each([
    ['https://ecs-cn-hangzhou.aliyuncs.com/', 'cn-hangzhou'],
    ['https://ecs.ap-southeast-1.aliyuncs.com/', 'ap-southeast-1'],
    ['https://ecs-vpc.eu-central-1.aliyuncs.com/', 'eu-central-1'],
    ['https://ecs.aliyuncs.com/', undefined],
    ['http://127.0.0.1:8787/', undefined],
  ])('reads the region of %s as %s', async (endpoint, region) => {
    const { status } = await send(v3({ endpoint }), 'any');
    expect(status).toBe(200);
    expect(emulator.calls[0]?.context.hostRegionId).toBe(region);
  });

  it('accepts parameters in a signed form body', async () => {
    const { status } = await send(v3({ form: { AcceptLanguage: 'en US' } }));
    expect(status).toBe(200);
    expect(emulator.calls[0]?.params).toEqual({ AcceptLanguage: 'en US' });
  });

  it('passes an action error through with its status, code and headers', async () => {
    const { status, headers, body } = await send(v3({ action: 'DescribeThrottled' }));
    expect([status, body.Code]).toEqual([400, 'Throttling.User']);
    expect(headers.get('x-acs-retry-after')).toBe('1500');
  });

  it('hides an unexpected failure behind InternalError and logs no parameter values', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { status, body } = await send(v3({ action: 'DescribeBroken', params: { Password: 'hunter2' } }));
    expect(status).toBe(500);
    expect(body.Code).toBe('InternalError');
    expect(body.Message).toBe('The request processing has failed due to some unknown error, exception or failure.');
    expect(JSON.stringify(log.mock.calls)).not.toContain('hunter2');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe('errors in ECS shape', () => {
  it('refuses a wrong secret with SignatureDoesNotMatch, echoing the string to sign but never the secret', async () => {
    const { status, body } = await send(v3({ secret: 'not-the-secret' }));
    expect(status).toBe(400);
    expect(Object.keys(body).sort()).toEqual(['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
    expect(body.Code).toBe('SignatureDoesNotMatch');
    expect(body.Message).toMatch(/^Specified signature is not matched with our calculation\. server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
    expect(body.HostId).toBe('ecs.cn-hangzhou.aliyuncs.com');
    expect(body.Recommend).toBe(`https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Ecs&requestId=${String(body.RequestId)}`);
    expect(JSON.stringify(body)).not.toContain(FAKE_ACCESS_KEY_SECRET);
  });

  it('refuses a query changed after signing', async () => {
    const parts = v3({ params: { PageSize: '10' } });
    const tampered = parts.url.replace('PageSize=10', 'PageSize=100');
    expect(tampered).not.toBe(parts.url);
    const { body } = await send({ ...parts, url: tampered });
    expect(body.Code).toBe('SignatureDoesNotMatch');
  });

  it('refuses a body that does not match x-acs-content-sha256', async () => {
    const parts = v3({ form: { AcceptLanguage: 'en-US' } });
    const { body } = await send({ ...parts, body: 'AcceptLanguage=zh-CN' });
    expect(body.Code).toBe('SignatureDoesNotMatch');
  });

  it('answers an unknown AccessKeyId with 404 InvalidAccessKeyId.NotFound', async () => {
    const { status, body } = await send(v3({ accessKeyId: 'LTAIunknown' }));
    expect([status, body.Code, body.Message]).toEqual([404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.']);
  });

  it('answers an unknown action with 404 InvalidAction.NotFound', async () => {
    const { status, body } = await send(v3({ action: 'DescribeUnicorns' }));
    expect([status, body.Code, body.Message]).toEqual([404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.']);
  });

  it('answers another API version with 400 InvalidVersion', async () => {
    const { status, body } = await send(v3({ version: '2016-03-14' }));
    expect([status, body.Code]).toEqual([400, 'InvalidVersion']);
  });

  it('refuses a garbled, missing or partial signature with IncompleteSignature', async () => {
    const parts = v3();
    const garbled = await send({ ...parts, headers: { ...parts.headers, authorization: 'ACS3-HMAC-SHA256 nonsense' } });
    expect([garbled.status, garbled.body.Code]).toEqual([400, 'IncompleteSignature']);
    const { authorization: _dropped, ...unsigned } = parts.headers;
    expect((await send({ ...parts, headers: unsigned })).body.Code).toBe('IncompleteSignature');
    const extra = await send({ ...parts, headers: { ...parts.headers, 'x-acs-security-token': 'smuggled' } });
    expect(extra.body.Code).toBe('IncompleteSignature');
  });

  it('refuses an x-acs-date more than 15 minutes from now with InvalidTimeStamp.Expired', async () => {
    for (const offsetMinutes of [-16, 16]) {
      const { status, body } = await send(v3({ date: ecsTimestamp(Date.now() + offsetMinutes * 60_000) }));
      expect([status, body.Code]).toEqual([400, 'InvalidTimeStamp.Expired']);
    }
    expect((await send(v3({ date: ecsTimestamp(Date.now() - 14 * 60_000) }))).status).toBe(200);
  });

  it('refuses a replayed request with SignatureNonceUsed', async () => {
    const handlers = createEcsHandlers(emulator);
    const parts = v3({ nonce: 'same-nonce' });
    expect((await getResponse(handlers, toRequest(parts)))?.status).toBe(200);
    const replay = await getResponse(handlers, toRequest(parts));
    expect(replay?.status).toBe(400);
    expect(((await replay?.json()) as { Code: string }).Code).toBe('SignatureNonceUsed');
  });

  it('refuses methods other than GET and POST with 403 UnsupportedHTTPMethod', async () => {
    const { status, body } = await send({ ...v3(), method: 'PUT' });
    expect([status, body.Code]).toEqual([403, 'UnsupportedHTTPMethod']);
  });
});

describe('legacy V2 (HMAC-SHA1) requests', () => {
  const v2 = (overrides: Partial<Parameters<typeof v2Parts>[0]> = {}) =>
    v2Parts({ endpoint: ENDPOINT, action: 'DescribeRegions', accessKeyId: FAKE_ACCESS_KEY_ID, secret: FAKE_ACCESS_KEY_SECRET, ...overrides });

  it.each([
    ['POST with the query', { method: 'POST' }],
    ['GET with the query', { method: 'GET' }],
    ['POST with a form body', { method: 'POST', placement: 'form' as const }],
  ])('answers %s and hides the common parameters from the action', async (_label, options) => {
    const { status } = await send(v2({ ...options, params: { AcceptLanguage: 'en-US' } }));
    expect(status).toBe(200);
    expect(emulator.calls[0]?.params).toEqual({ AcceptLanguage: 'en-US' });
  });

  it('reads + in the query as a space, as V2 clients encode it', async () => {
    const parts = v2({ params: { InstanceName: 'web prod' } });
    const plusEncoded = parts.url.replace('web%20prod', 'web+prod');
    expect(plusEncoded).toContain('InstanceName=web+prod');
    const { status } = await send({ ...parts, url: plusEncoded });
    expect(status).toBe(200);
    expect(emulator.calls[0]?.params.InstanceName).toBe('web prod');
  });

  it('refuses a wrong secret, a missing signature and a stale timestamp', async () => {
    expect((await send(v2({ secret: 'wrong' }))).body.Code).toBe('SignatureDoesNotMatch');
    const parts = v2();
    const withoutSignature = parts.url.replace(/&Signature=[^&]+/, '');
    expect(withoutSignature).not.toContain('&Signature=');
    const unsigned = await send({ ...parts, url: withoutSignature });
    expect([unsigned.status, unsigned.body.Code]).toEqual([400, 'MissingParameter']);
    const stale = await send(v2({ timestamp: ecsTimestamp(Date.now() - 20 * 60_000) }));
    expect(stale.body.Code).toBe('InvalidTimeStamp.Expired');
  });
});

describe('host matching', () => {
  it('leaves hosts that are not ECS endpoints to the network', async () => {
    const handlers = createEcsHandlers(emulator);
    for (const endpoint of ['https://sts.aliyuncs.com/', 'https://example.com/', 'http://127.0.0.1:8787/']) {
      expect(await getResponse(handlers, toRequest(v3({ endpoint })))).toBeUndefined();
    }
  });
});
