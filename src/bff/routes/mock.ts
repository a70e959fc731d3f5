import type { FastifyInstance } from 'fastify';
import { mockAdvanceBodySchema, type MockClock } from '../../contract';
import { parseInput } from '../validation';

/**
 * Controls of the emulator: test and demo only, never registered in live mode. Synchronous for the
 * in-process emulator; a promise when they are forwarded to a standalone one over HTTP.
 */
export interface MockControl {
  /** Every account back to the seed data. */
  reset(): void | Promise<void>;
  /** Moves the emulator's clock forward; returns the new emulated time (ISO 8601). */
  advance(seconds: number): { now: string } | Promise<{ now: string }>;
}

export function registerMockRoutes(app: FastifyInstance, control: MockControl): void {
  app.post('/__mock/reset', async (_request, reply) => {
    await control.reset();
    return reply.status(204).send();
  });

  app.post('/__mock/advance', async (request): Promise<MockClock> => {
    const { seconds } = parseInput(mockAdvanceBodySchema, request.body, 'body');
    return control.advance(seconds);
  });
}
