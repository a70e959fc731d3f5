/**
 * One create-image attempt as the console's dialog makes it: one ClientToken for the opening of
 * the dialog, and on a retryable answer (429, 502, 503, 504) the SAME body sent again, as the
 * user pressing Create again or the SPA's own retry would.
 */
import type { FastifyInstance } from 'fastify';

export type Outcome =
  | { kind: 'created'; imageId: string; sends: number }
  | { kind: 'refused'; status: number; code: string; message: string; ecsCode?: string; sends: number }
  /** Neither a success nor an error in the contract's shape: what the drill must never see. */
  | { kind: 'uncoded'; status: number; body: string; sends: number };

export interface Attempt {
  index: number;
  regionId: string;
  instanceId: string;
  imageName: string;
  clientToken: string;
}

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
export const BROWSER_MAX_SENDS = 6;

function parse(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function createImageAsBrowser(
  app: FastifyInstance,
  attempt: Attempt,
  wait: (ms: number) => Promise<void>,
): Promise<Outcome> {
  const url = `/api/regions/${attempt.regionId}/instances/${attempt.instanceId}/images`;
  const payload = { imageName: attempt.imageName, description: `Fault drill attempt ${attempt.index}`, clientToken: attempt.clientToken };
  for (let sends = 1; ; sends++) {
    const response = await app.inject({ method: 'POST', url, payload });
    const body = parse(response.body);
    if (response.statusCode === 201 && typeof body?.imageId === 'string' && body.imageId !== '') {
      return { kind: 'created', imageId: body.imageId, sends };
    }
    const coded = typeof body?.code === 'string' && typeof body.message === 'string' && body.message !== '';
    if (!coded) return { kind: 'uncoded', status: response.statusCode, body: response.body.slice(0, 300), sends };
    if (!RETRYABLE_STATUSES.has(response.statusCode) || sends >= BROWSER_MAX_SENDS) {
      return {
        kind: 'refused',
        status: response.statusCode,
        code: body.code as string,
        message: body.message as string,
        ecsCode: typeof body.ecsCode === 'string' ? body.ecsCode : undefined,
        sends,
      };
    }
    const retryAfter = Number(response.headers['retry-after']);
    await wait(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 50 * 2 ** sends);
  }
}
