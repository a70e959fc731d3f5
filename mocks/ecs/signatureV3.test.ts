import { OpenApiUtil } from '@alicloud/openapi-core';
import {
  EMPTY_BODY_SHA256,
  canonicalQueryString,
  parseV3Authorization,
  sha256Hex,
  signV3,
  v3Signature,
  v3StringToSign,
} from './signatureV3';

// ecs-reference.md §1.5: computed with the SDK's own OpenApiUtil.getAuthorization.
const vectorQuery: Array<[string, string]> = [
  ['RegionId', 'cn-hangzhou'],
  ['InstanceId', 'i-bp1g6zv0ce8oghu7****'],
  ['ImageName', 'TestCentOS'],
  ['ClientToken', '123e4567-e89b-12d3-a456-426655440000'],
  ['Tag.1.Key', 'KeyTest'],
  ['Tag.1.Value', 'ValueTest'],
];
const vectorHeaders: Record<string, string> = {
  host: 'ecs.cn-hangzhou.aliyuncs.com',
  'x-acs-action': 'CreateImage',
  'x-acs-version': '2014-05-26',
  'x-acs-date': '2023-10-26T09:01:01Z',
  'x-acs-signature-nonce': 'd410180a5abf7fe235dd9b74aca91fc0',
  'x-acs-content-sha256': EMPTY_BODY_SHA256,
};
const vectorInput = {
  method: 'POST',
  path: '/',
  query: vectorQuery,
  header: (name: string) => vectorHeaders[name],
  signedHeaders: 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version'.split(';'),
  hashedPayload: EMPTY_BODY_SHA256,
};

describe('V3 ACS3-HMAC-SHA256', () => {
  it('reproduces the documented test vector', () => {
    expect(canonicalQueryString(vectorQuery)).toBe(
      'ClientToken=123e4567-e89b-12d3-a456-426655440000&ImageName=TestCentOS&InstanceId=i-bp1g6zv0ce8oghu7%2A%2A%2A%2A&RegionId=cn-hangzhou&Tag.1.Key=KeyTest&Tag.1.Value=ValueTest',
    );
    expect(v3Signature('testsecret', v3StringToSign(vectorInput))).toBe(
      'eb5af91537e4a1ab6a775f6cebadbbca289e3dd50ad5fc2e32158be78a58d44b',
    );
  });

  it('signs an empty body as the well-known SHA-256', () => {
    expect(sha256Hex(new Uint8Array())).toBe(EMPTY_BODY_SHA256);
  });

  it('changes the signature when any signed part changes', () => {
    const original = v3Signature('testsecret', v3StringToSign(vectorInput));
    const otherName = vectorQuery.map(([k, v]): [string, string] => [k, k === 'ImageName' ? 'TestCentOS2' : v]);
    expect(v3Signature('testsecret', v3StringToSign({ ...vectorInput, query: otherName }))).not.toBe(original);
    const otherHost = { ...vectorInput, header: (n: string) => (n === 'host' ? 'ecs.aliyuncs.com' : vectorHeaders[n]) };
    expect(v3Signature('testsecret', v3StringToSign(otherHost))).not.toBe(original);
    expect(v3Signature('othersecret', v3StringToSign(vectorInput))).not.toBe(original);
  });

  it('agrees with the SDK on values it leaves raw on the wire and on unicode', () => {
    const query = { InstanceName: "web *(x)! it's ~ 中文", PageSize: '10', Empty: '' };
    const headers = { ...vectorHeaders, 'x-acs-action': 'DescribeInstances', 'x-acs-credentials-provider': 'static_ak' };
    const fromSdk = OpenApiUtil.getAuthorization(
      { pathname: '/', method: 'POST', query, headers } as never,
      'ACS3-HMAC-SHA256',
      EMPTY_BODY_SHA256,
      'testid',
      'testsecret',
    );
    const ours = signV3(
      {
        method: 'POST',
        path: '/',
        query: Object.entries(query),
        header: (n) => (headers as Record<string, string>)[n],
        headerNames: Object.keys(headers),
        hashedPayload: EMPTY_BODY_SHA256,
      },
      'testid',
      'testsecret',
    );
    expect(ours).toBe(fromSdk);
  });
});

describe('parseV3Authorization', () => {
  it('reads the credential, the signed headers and the signature', () => {
    expect(
      parseV3Authorization('ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-date,Signature=abc123'),
    ).toEqual({ algorithm: 'ACS3-HMAC-SHA256', accessKeyId: 'testid', signedHeaders: ['host', 'x-acs-date'], signature: 'abc123' });
  });

  it('rejects a header missing any part', () => {
    expect(parseV3Authorization('ACS3-HMAC-SHA256 Credential=testid,Signature=abc')).toBeUndefined();
    expect(parseV3Authorization('Bearer abc')).toBeUndefined();
    expect(parseV3Authorization('')).toBeUndefined();
  });
});
