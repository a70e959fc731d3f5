import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The emulator's control API (reset, advance, scenario, faults, clock, state; contract in
 * src/contract/mockControl.ts): test and demo only, never registered in live mode. The BFF does
 * not implement any of it: it hands each /__mock/* request to the emulator's own control handlers
 * (mocks/controlHandlers.ts), in this process or over HTTP to a standalone emulator.
 */
export interface MockControl {
  /** The control handlers' answer to a Fetch request, or undefined when no control route matches. */
  handle(request: Request): Promise<Response | undefined>;
}

/** The request as the control handlers expect it: same method, path, query and JSON body. */
function toFetchRequest(request: FastifyRequest): Request {
  const url = new URL(request.url, 'http://console.local');
  const hasBody = request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers: hasBody ? { 'content-type': 'application/json' } : {},
    body: hasBody ? JSON.stringify(request.body) : undefined,
  });
}

async function sendFetchResponse(response: Response, reply: FastifyReply): Promise<FastifyReply> {
  const contentType = response.headers.get('content-type');
  if (contentType) reply.header('content-type', contentType);
  reply.status(response.status);
  const text = await response.text();
  return text === '' ? reply.send() : reply.send(text);
}

export function registerMockRoutes(app: FastifyInstance, control: MockControl): void {
  app.all('/__mock/*', async (request, reply) => {
    const response = await control.handle(toFetchRequest(request));
    if (!response) {
      const path = request.url.split('?')[0] ?? '';
      return reply.status(404).send({ code: 'NotFound', message: `There is no route ${request.method} ${path}.` });
    }
    return sendFetchResponse(response, reply);
  });
}
