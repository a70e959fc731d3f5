import { regionParamsSchema, type ImageBuildList } from '../../contract';
import { listImageBuilds } from '../imageBuilds';
import { parseInput } from '../validation';
import type { RouteContext } from './types';

/** GET /api/regions/:regionId/image-builds: images still being made, with their source instance. */
export function registerImageBuildRoutes({ app, ecs }: RouteContext): void {
  app.get('/api/regions/:regionId/image-builds', async (request): Promise<ImageBuildList> => {
    const { regionId } = parseInput(regionParamsSchema, request.params, 'path');
    return { builds: await listImageBuilds(ecs, regionId) };
  });
}
