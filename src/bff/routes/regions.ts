import { regionParamsSchema, type RegionList, type ZoneList } from '../../contract';
import { parseInput } from '../validation';
import type { RouteContext } from './types';

export function registerRegionRoutes({ app, ecs }: RouteContext): void {
  app.get('/api/regions', async (): Promise<RegionList> => ({ regions: await ecs.describeRegions() }));

  app.get('/api/regions/:regionId/zones', async (request): Promise<ZoneList> => {
    const { regionId } = parseInput(regionParamsSchema, request.params, 'path');
    return { zones: await ecs.describeZones(regionId) };
  });
}
