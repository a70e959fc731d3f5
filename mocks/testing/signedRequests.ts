/**
 * Builds signed ECS requests the way SDKs and tools put them on the wire, for tests of the
 * protocol and for anyone scripting the standalone emulator without the SDK.
 */
import { randomUUID } from 'node:crypto';
import { signV2 } from '../ecs/signatureV2';
import { EMPTY_BODY_SHA256, sha256Hex, signV3 } from '../ecs/signatureV3';
import { ECS_API_VERSION } from '../ecs/wire';

export interface RequestParts {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** `yyyy-MM-ddTHH:mm:ssZ`, the timestamp format of both signature versions. */
export function ecsTimestamp(ms = Date.now()): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Like Node's querystring.stringify, which the SDK uses: `!'()*` stay raw, space is %20. */
export function wireQuery(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

export interface V3Options {
  /** Endpoint root, e.g. `https://ecs.cn-hangzhou.aliyuncs.com/` or the standalone server's URL. */
  endpoint: string;
  action: string;
  params?: Record<string, string>;
  accessKeyId: string;
  secret: string;
  method?: string;
  version?: string;
  date?: string;
  nonce?: string;
  /** Sent as an application/x-www-form-urlencoded body instead of the query. */
  form?: Record<string, string>;
}

/** A request signed with ACS3-HMAC-SHA256 exactly as the SDK does it (ecs-reference.md §1.3, §1.5). */
export function v3Parts(options: V3Options): RequestParts {
  const url = new URL(options.endpoint);
  const query = wireQuery(options.params ?? {});
  const body = options.form ? wireQuery(options.form) : undefined;
  const headers: Record<string, string> = {
    host: url.host,
    'x-acs-action': options.action,
    'x-acs-version': options.version ?? ECS_API_VERSION,
    'x-acs-date': options.date ?? ecsTimestamp(),
    'x-acs-signature-nonce': options.nonce ?? randomUUID().replace(/-/g, ''),
    'x-acs-content-sha256': body === undefined ? EMPTY_BODY_SHA256 : sha256Hex(body),
    accept: 'application/json',
  };
  if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
  const method = options.method ?? 'POST';
  headers.authorization = signV3(
    {
      method,
      path: url.pathname,
      query: Object.entries(options.params ?? {}),
      header: (name) => headers[name],
      headerNames: Object.keys(headers),
      hashedPayload: headers['x-acs-content-sha256'] ?? EMPTY_BODY_SHA256,
    },
    options.accessKeyId,
    options.secret,
  );
  return { url: `${url.origin}${url.pathname}${query ? `?${query}` : ''}`, method, headers, body };
}

export interface V2Options extends Omit<V3Options, 'date' | 'version'> {
  timestamp?: string;
  /** Where the signed parameters travel: the query (SDK, GET tools) or a form body. */
  placement?: 'query' | 'form';
}

/** A request signed with the legacy HMAC-SHA1 query signature (ecs-reference.md §1.6). */
export function v2Parts(options: V2Options): RequestParts {
  const method = options.method ?? 'POST';
  const signed = signV2(method, { Action: options.action, ...options.params }, options.accessKeyId, options.secret, {
    timestamp: options.timestamp ?? ecsTimestamp(),
    nonce: options.nonce ?? randomUUID(),
  });
  const url = new URL(options.endpoint);
  const headers: Record<string, string> = { host: url.host, accept: 'application/json' };
  if (options.placement === 'form') {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    return { url: `${url.origin}${url.pathname}`, method, headers, body: wireQuery(signed) };
  }
  return { url: `${url.origin}${url.pathname}?${wireQuery(signed)}`, method, headers };
}

export function toRequest(parts: RequestParts): Request {
  return new Request(parts.url, { method: parts.method, headers: parts.headers, body: parts.body });
}
