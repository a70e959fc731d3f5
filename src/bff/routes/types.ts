import type { FastifyInstance } from 'fastify';
import type { EcsPort } from '../ecs/port';

/** What every route file gets: the Fastify app to register on and the ECS port to call. */
export interface RouteContext {
  app: FastifyInstance;
  ecs: EcsPort;
}
