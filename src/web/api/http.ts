import type { z } from 'zod';
import { apiErrorSchema, type ApiErrorBody } from '../../contract';

/** An error answered by the BFF in the contract's one shape, or a network failure mapped to it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/**
 * Sign-in (features/session): the session query stores the CSRF token here, and every request
 * that changes something sends it; a 401 tells the session feature that the session has ended.
 */
let csrfToken: string | undefined;
let onUnauthenticated: (() => void) | undefined;
export const setCsrfToken = (token: string | undefined) => {
  csrfToken = token;
};
export const setUnauthenticatedListener = (listener: (() => void) | undefined) => {
  onUnauthenticated = listener;
};
const csrfHeader = (method: string): Record<string, string> =>
  csrfToken && method !== 'GET' && method !== 'HEAD' ? { 'x-csrf-token': csrfToken } : {};

async function request<T>(method: string, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        ...(body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' }),
        ...csrfHeader(method),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, {
      code: 'UpstreamUnavailable',
      message: 'The console server could not be reached. Check your connection and try again.',
    });
  }
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/session')) onUnauthenticated?.();
    const parsed = apiErrorSchema.safeParse(json);
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data : { code: 'Internal', message: `The console server answered ${response.status}.` },
    );
  }
  return schema.parse(json);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const apiGet = <T>(path: string, schema: z.ZodType<T>) => request('GET', path, schema);
export const apiPost = <T>(path: string, schema: z.ZodType<T>, body: unknown = {}) => request('POST', path, schema, body);
export const apiDelete = <T>(path: string, schema: z.ZodType<T>) => request('DELETE', path, schema);

/** Builds `/api/...` paths with every segment and query value encoded. */
export function apiPath(segments: readonly string[], query: Record<string, string | number | undefined> = {}): string {
  const path = '/api/' + segments.map(encodeURIComponent).join('/');
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
