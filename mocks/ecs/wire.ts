/**
 * Wire-level helpers for ECS's RPC protocol: reading parameters off a request, RFC 3986 encoding,
 * hosts and regions, and writing bodies in ECS's exact JSON shapes.
 */
import { randomUUID } from 'node:crypto';
import { EcsError } from './types';

export const ECS_API_VERSION = '2014-05-26';

/** An ECS RequestId: an upper-case UUID, e.g. 473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E. */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

/** encodeURIComponent plus `!'()*`, as both signature versions canonicalize values (RFC 3986). */
export function rfc3986Encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A key/value pair exactly as it appeared between `&`s, not yet decoded. */
export type RawPair = readonly [string, string];

export function splitRawPairs(encoded: string): RawPair[] {
  const text = encoded.startsWith('?') ? encoded.slice(1) : encoded;
  if (text === '') return [];
  return text
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    });
}

/**
 * Percent-decodes pairs. V3 signs the decoded values, and the SDK never sends a raw `+`, so `+`
 * stays a plus there; form bodies and V2 clients (Go's url.Values, Python's urlencode) use `+`
 * for a space and sign `%20`, so there it is a space.
 */
export function decodePairs(raw: readonly RawPair[], plusIsSpace: boolean): Array<[string, string]> {
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(plusIsSpace ? text.replace(/\+/g, ' ') : text);
    } catch {
      throw new EcsError(400, 'InvalidParameter', `The parameter "${text}" is not correctly percent-encoded.`);
    }
  };
  return raw.map(([key, value]) => [decode(key), decode(value)]);
}

/** Later pairs win, as a form body's value wins over the query's. */
export function pairsToRecord(...lists: ReadonlyArray<ReadonlyArray<readonly [string, string]>>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const list of lists) for (const [key, value] of list) record[key] = value;
  return record;
}

/** Common parameters of the protocol itself; actions never see them. */
const PROTOCOL_PARAMS = new Set(['Action', 'Version', 'Format', 'AccessKeyId', 'Timestamp', 'SecurityToken', 'BearerToken']);

export function businessParams(params: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (PROTOCOL_PARAMS.has(key) || key.startsWith('Signature')) continue;
    result[key] = value;
  }
  return result;
}

function hostnameOf(host: string): string {
  return host.replace(/:\d+$/, '').toLowerCase();
}

/** ecs.aliyuncs.com, ecs.<region>.aliyuncs.com, ecs-<region>.aliyuncs.com, ecs-vpc.<region>.aliyuncs.com. */
export function isEcsHostname(host: string): boolean {
  return /^ecs(?:[.-][a-z0-9.-]+)?\.aliyuncs\.com$/.test(hostnameOf(host));
}

/** The region an endpoint host names, if any (none for ecs.aliyuncs.com or 127.0.0.1:8787). */
export function regionFromHost(host: string): string | undefined {
  const name = hostnameOf(host);
  const match =
    /^ecs(?:-vpc)?\.([a-z0-9-]+)\.aliyuncs\.com$/.exec(name) ?? /^ecs-([a-z0-9-]+)\.aliyuncs\.com$/.exec(name);
  const region = match?.[1];
  return region === undefined || region === 'vpc' ? undefined : region;
}

/** Parses `yyyy-MM-ddTHH:mm:ssZ` (the SDK's format; fractional seconds tolerated) to epoch ms. */
export function parseEcsTimestamp(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

const JSON_CONTENT_TYPE = 'application/json;charset=utf-8';

export function successResponse(body: Record<string, unknown>, requestId: string): Response {
  return new Response(JSON.stringify({ ...body, RequestId: requestId }), {
    status: 200,
    headers: { 'content-type': JSON_CONTENT_TYPE, 'x-acs-request-id': requestId },
  });
}

/** `{RequestId, HostId, Code, Message, Recommend}` with the error's status and extra headers. */
export function errorResponse(error: EcsError, requestId: string, hostId: string): Response {
  const recommend =
    `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}` +
    `&product=Ecs&requestId=${requestId}`;
  const body = { RequestId: requestId, HostId: hostId, Code: error.code, Message: error.message, Recommend: recommend };
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { ...error.headers, 'content-type': JSON_CONTENT_TYPE, 'x-acs-request-id': requestId },
  });
}

/** `The input parameter "X" that is mandatory for processing this request is not supplied.` */
export function missingParameter(name: string): EcsError {
  return new EcsError(
    400,
    'MissingParameter',
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  );
}
