import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EcsCallError } from './ecs/port';
import { ApiHttpError, apiError, fromEcsCallError } from './errors';

export const BODY_LIMIT_BYTES = 64 * 1024;

/** Fastify's own refusals (body parsing, content type, size) in the contract's words. */
function fromFastifyError(error: FastifyError): ApiHttpError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return apiError(400, 'InvalidInput', 'The request body is not valid JSON.', 'body');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return apiError(400, 'InvalidInput', 'The request body is empty. Send a JSON object, or no Content-Type.', 'body');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return apiError(415, 'InvalidInput', 'Send the request body as JSON (Content-Type: application/json).', 'body');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return apiError(413, 'InvalidInput', `The request body is larger than ${BODY_LIMIT_BYTES / 1024} KiB.`, 'body');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return apiError(400, 'InvalidInput', 'The Content-Length header does not match the request body.', 'body');
  }
  const status = error.statusCode ?? 0;
  if (status >= 400 && status < 500) return apiError(status, 'InvalidInput', error.message);
  return undefined;
}

function toApiHttpError(error: unknown): ApiHttpError | undefined {
  if (error instanceof ApiHttpError) return error;
  if (error instanceof EcsCallError) return fromEcsCallError(error);
  if (error instanceof SyntaxError) {
    // secure-json-parse refuses prototype-poisoning keys with a SyntaxError of its own.
    const poisoned = /prototype property/i.test(error.message);
    const message = poisoned
      ? 'The request body may not contain "__proto__" or "constructor.prototype" keys.'
      : 'The request body is not valid JSON.';
    return apiError(400, 'InvalidInput', message, 'body');
  }
  if (typeof error === 'object' && error !== null && 'code' in error) return fromFastifyError(error as FastifyError);
  return undefined;
}

function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const answer = toApiHttpError(error);
  if (!answer) {
    // A bug of ours: log it whole, tell the browser only that it happened.
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ code: 'Internal', message: 'The console server failed unexpectedly. The error has been logged.' });
  }
  if (error instanceof EcsCallError) {
    // Only the fields: an SDK error object may hold far more than a log line should.
    // (Its message is already cleaned of any known secret.)
    const { action, ecsCode, requestId, httpStatus, message } = error;
    const level = answer.status >= 500 ? 'warn' : 'info';
    request.log[level]({ ecs: { action, ecsCode, requestId, httpStatus, message } }, 'ECS call failed');
  }
  return reply.status(answer.status).headers(answer.headers).send(answer.body);
}

const wantsHtml = (request: FastifyRequest) => (request.headers.accept ?? '').includes('text/html');
const isApiPath = (url: string) => /^\/(api|__mock)(\/|$|\?)/.test(url);

/**
 * Every error answered in the one shape; unknown /api and /__mock routes as JSON 404s; with a
 * built SPA, other HTML GETs get index.html so deep links work.
 */
export function installErrorHandling(app: FastifyInstance, options: { spaFallback: boolean }): void {
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (options.spaFallback && isRead && !isApiPath(request.url) && wantsHtml(request)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const path = request.url.split('?')[0] ?? '';
    const hint = path.startsWith('/__mock') ? ' Mock controls exist only when the console runs with the ECS emulator (ECS_MODE=mock).' : '';
    return reply.status(404).send({ code: 'NotFound', message: `There is no route ${request.method} ${path}.${hint}` });
  });
}
