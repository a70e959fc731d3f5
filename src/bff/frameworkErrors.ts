import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Refusals Fastify makes before routing (a URL with a malformed %-escape, FST_ERR_BAD_URL; an
 * async constraint failure), which bypass the error handler: answered in the contract's one
 * error shape instead of Fastify's own, and never as a 500.
 */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_BAD_URL') {
    void reply.status(400).send({
      code: 'InvalidInput',
      message: 'The request path is malformed: it has a % that does not start a valid escape like %2F.',
      field: 'path',
    });
    return;
  }
  void reply.status(400).send({ code: 'InvalidInput', message: 'The request could not be routed.', field: 'path' });
}
