/**
 * The emulator in this process (msw/node, as in mock mode) with faults injected ON THE WIRE, in
 * front of the protocol: what the SDK meets when ECS misbehaves. Used by the ClientToken retry
 * test and by `npm run drill`. A dropped response is dropped AFTER the emulator has processed the
 * request, which is the case that could make an image twice.
 */
import { HttpResponse, delay, http } from 'msw';
import { setupServer } from 'msw/node';
import { createEcsProtocol } from '../../../mocks/ecs/protocol';
import type { Emulator } from '../../../mocks/ecs/types';
import { isEcsHostname, newRequestId } from '../../../mocks/ecs/wire';

export type WireFault =
  /** 400 Throttling.User with x-acs-retry-after (milliseconds, as the SDK reads it). */
  | { kind: 'throttle'; retryAfterMs?: number }
  /** 503 ServiceUnavailable, before ECS does anything. */
  | { kind: 'unavailable' }
  /** 500 InternalError, before ECS does anything. */
  | { kind: 'internal' }
  /** The connection drops before ECS sees the request. */
  | { kind: 'dropRequest' }
  /** ECS processes the request, then the connection drops: the answer is lost. */
  | { kind: 'dropResponse' }
  /** ECS answers normally, late. */
  | { kind: 'latency'; ms: number };

export type FaultKind = WireFault['kind'];

export interface FaultyEcs {
  /** The next requests for `action` ('*' for any) meet these faults, one each, in order. */
  queue(action: string, ...faults: WireFault[]): void;
  /** Decides per request when nothing is queued (the drill's random faults). */
  setPicker(picker: ((action: string) => WireFault | undefined) | undefined): void;
  /** How many requests met each fault, and how many reached the emulator. */
  readonly counts: Record<FaultKind | 'requests' | 'processed', number>;
  close(): void;
}

function ecsErrorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  const requestId = newRequestId();
  return HttpResponse.json(
    { RequestId: requestId, HostId: 'ecs.aliyuncs.com', Code: code, Message: message, Recommend: `https://api.aliyun.com/troubleshoot?q=${code}` },
    { status, headers },
  );
}

export function startFaultyInProcessEcs(emulator: Emulator): FaultyEcs {
  const protocol = createEcsProtocol(emulator);
  const queued = new Map<string, WireFault[]>();
  let picker: ((action: string) => WireFault | undefined) | undefined;
  const counts: FaultyEcs['counts'] = {
    requests: 0, processed: 0, throttle: 0, unavailable: 0, internal: 0, dropRequest: 0, dropResponse: 0, latency: 0,
  };

  const nextFault = (action: string): WireFault | undefined =>
    queued.get(action)?.shift() ?? queued.get('*')?.shift() ?? picker?.(action);

  const answer = async (request: Request): Promise<Response> => {
    counts.processed += 1;
    return protocol(request);
  };

  const handler = http.all(
    ({ request }) => isEcsHostname(new URL(request.url).host),
    async ({ request }) => {
      counts.requests += 1;
      const action = request.headers.get('x-acs-action') ?? new URL(request.url).searchParams.get('Action') ?? '';
      const fault = nextFault(action);
      if (!fault) return answer(request);
      counts[fault.kind] += 1;
      switch (fault.kind) {
        case 'throttle':
          return ecsErrorResponse(400, 'Throttling.User', 'Request was denied due to user flow control.', {
            'x-acs-retry-after': String(fault.retryAfterMs ?? 1000),
          });
        case 'unavailable':
          return ecsErrorResponse(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
        case 'internal':
          return ecsErrorResponse(500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.');
        case 'dropRequest':
          return HttpResponse.error();
        case 'dropResponse':
          await answer(request);
          return HttpResponse.error();
        case 'latency':
          await delay(fault.ms);
          return answer(request);
      }
    },
  );

  const server = setupServer(handler);
  server.listen({ onUnhandledRequest: 'bypass' });
  return {
    queue: (action, ...faults) => queued.set(action, [...(queued.get(action) ?? []), ...faults]),
    setPicker: (next) => {
      picker = next;
    },
    counts,
    close: () => server.close(),
  };
}
