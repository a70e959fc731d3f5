import { z } from 'zod';
import { regionParamsSchema, type InstanceTypeList, type NetworkOptions } from '../../contract';
import { apiError } from '../errors';
import { ZONE_ID } from '../imageLifeChecks';
import { parseInput } from '../validation';
import type { RouteContext } from './types';

const instanceTypeQuerySchema = z.object({
  zoneId: z.string().regex(ZONE_ID, 'Use a zone ID such as cn-hangzhou-h.').optional(),
});

/** What the create-instance form offers: GET .../network and GET .../instance-types?zoneId=. */
export function registerNetworkRoutes({ app, ecs }: RouteContext): void {
  app.get('/api/regions/:regionId/network', async (request): Promise<NetworkOptions> => {
    const { regionId } = parseInput(regionParamsSchema, request.params, 'path');
    const [vSwitches, securityGroups, keyPairs] = await Promise.all([
      ecs.describeVSwitches(regionId),
      ecs.describeSecurityGroups(regionId),
      ecs.describeKeyPairs(regionId),
    ]);
    return { vSwitches, securityGroups, keyPairs };
  });

  app.get('/api/regions/:regionId/instance-types', async (request): Promise<InstanceTypeList> => {
    const { regionId } = parseInput(regionParamsSchema, request.params, 'path');
    const { zoneId } = parseInput(instanceTypeQuerySchema, request.query, 'query');
    const [zones, instanceTypes] = await Promise.all([
      zoneId ? ecs.describeZones(regionId) : Promise.resolve([]),
      ecs.describeInstanceTypes(regionId, { zoneId }),
    ]);
    if (zoneId && !zones.some((zone) => zone.zoneId === zoneId)) {
      throw apiError(400, 'InvalidInput', `There is no zone ${zoneId} in region ${regionId}.`, 'zoneId');
    }
    return { instanceTypes };
  });
}
