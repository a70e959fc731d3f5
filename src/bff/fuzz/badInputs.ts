/**
 * Generators of hostile input for the BFF's routes: wrong types, huge strings, unicode, ECS
 * query injection (`&Action=`), stray `%` sequences, path traversal and prototype keys.
 */
import fc from 'fast-check';

/** Strings an attacker or a broken client would try first. */
export const NASTY = [
  '../', '../../etc/passwd', '..%2F..%2F', '%', '%zz', '%00', '%2e%2e%2f', '%252e%252e%252f',
  '&Action=DeleteImage', '&Action=DeleteInstance&InstanceId=i-bp1vkt9yt56c9hg9cnbc', 'x&RegionId=cn-beijing',
  '__proto__', 'constructor', 'prototype', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '\u0000', '\uFEFF', '\u202E', '😀', '𝕏𝕐', 'Ω≈ç√∫', '中文名称', 'null', 'undefined', '-1', '1e309', 'NaN',
  ' ', '\r\nX-Injected: 1', "' OR 1=1 --", '${7*7}', '{{7*7}}', 'http://evil.example', 'acs:ram::1:role/x',
];

/** Raw path segments that stay one segment but are malformed or hostile on the wire. */
export const RAW_SEGMENTS = ['%', '%zz', '%E0%A4%A', 'a%2', '..%2F..%2Fetc%2Fpasswd', '%252e%252e', '%00', '&Action=DeleteImage', 'x%26Action%3DDeleteImage', '..', '.'];

export const nastyString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...NASTY), fc.string({ maxLength: 10 })).map((parts) => parts.join('')),
  // Huge: past every length limit of the contract (and of ECS).
  fc.tuple(fc.constantFrom('a', 'Ω', '%', '&Action=', '😀'), fc.integer({ min: 65, max: 3000 })).map(([unit, n]) => unit.repeat(n)),
);

/** Any JSON value of the wrong kind for a field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(nastyString, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'key', 'value', 'x'), nastyString, { maxKeys: 3 }),
);

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

/** Query objects: known keys and prototype keys with bad values; arrays mean a repeated key. */
export function badQuery(knownKeys: readonly string[]): fc.Arbitrary<Record<string, string | string[]>> {
  const key = fc.constantFrom(...knownKeys, ...PROTO_KEYS);
  const value = fc.oneof(nastyString, fc.array(nastyString, { minLength: 2, maxLength: 3 }));
  return fc.dictionary(key, value, { minKeys: 1, maxKeys: 3 });
}

/** A JSON request body as TEXT, so `__proto__` keys survive to the server's parser. */
export function badBodyText(knownFields: readonly string[]): fc.Arbitrary<string> {
  const objectBody = fc
    .dictionary(fc.constantFrom(...knownFields, ...PROTO_KEYS), wrongValue, { minKeys: 1, maxKeys: 4 })
    .map((body) => JSON.stringify(body));
  const protoPoison = fc
    .tuple(fc.constantFrom(...knownFields), nastyString)
    .map(([field, value]) => `{"${field}":${JSON.stringify(value)},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`);
  const notAnObject = fc.oneof(fc.array(wrongValue, { maxLength: 3 }), nastyString, fc.integer(), fc.constant(null)).map((v) => JSON.stringify(v));
  const broken = fc.constantFrom('{', '{"imageName":', '{"a":1,}', "{'a':1}", '\u0000', 'undefined', '[1,2');
  return fc.oneof(objectBody, objectBody, protoPoison, notAnObject, broken);
}
