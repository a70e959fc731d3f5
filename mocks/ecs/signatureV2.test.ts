import { OpenApiUtil } from '@alicloud/openapi-core';
import { signV2, v2Signature, v2StringToSign } from './signatureV2';

// ecs-reference.md §1.6: the documentation's own example.
const docParams = {
  Timestamp: '2016-02-23T12:46:24Z',
  Format: 'XML',
  AccessKeyId: 'testid',
  Action: 'DescribeRegions',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  Version: '2014-05-26',
  SignatureVersion: '1.0',
};

describe('V2 HMAC-SHA1', () => {
  it('reproduces the documented test vector', () => {
    expect(v2Signature('testsecret', v2StringToSign('GET', docParams))).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('encodes the canonical string twice, so a colon shows as %253A', () => {
    expect(v2StringToSign('GET', docParams)).toContain('Timestamp%3D2016-02-23T12%253A46%253A24Z');
    expect(v2StringToSign('GET', docParams).startsWith('GET&%2F&AccessKeyId%3Dtestid')).toBe(true);
  });

  it('ignores an existing Signature and depends on method, values and secret', () => {
    const base = v2Signature('testsecret', v2StringToSign('GET', docParams));
    expect(v2Signature('testsecret', v2StringToSign('GET', { ...docParams, Signature: 'x' }))).toBe(base);
    expect(v2Signature('testsecret', v2StringToSign('POST', docParams))).not.toBe(base);
    expect(v2Signature('testsecret', v2StringToSign('GET', { ...docParams, Action: 'DescribeZones' }))).not.toBe(base);
    expect(v2Signature('other', v2StringToSign('GET', docParams))).not.toBe(base);
  });

  it('agrees with the SDK on spaces, stars, tildes and unicode', () => {
    const signed = signV2('POST', { Action: 'DescribeInstances', InstanceName: 'web *(x)! ~ 中文' }, 'testid', 'testsecret', {
      timestamp: '2026-01-01T00:00:00Z',
      nonce: 'n-1',
    });
    const { Signature, ...rest } = signed;
    expect(Signature).toBe(OpenApiUtil.getRPCSignature(rest, 'POST', 'testsecret'));
  });
});
