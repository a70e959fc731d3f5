import type { Meta } from '../../contract';
import type { RouteContext } from './types';

/** GET /api/meta: which ECS the console talks to, so the UI can say "mock" plainly. */
export function registerMetaRoutes({ app }: RouteContext, meta: Meta): void {
  app.get('/api/meta', async (): Promise<Meta> => meta);
}
