import {
  instanceActions,
  instanceListQuerySchema,
  instanceParamsSchema,
  regionParamsSchema,
  type ActionResult,
  type DiskList,
  type Instance,
  type InstanceAction,
  type InstanceList,
} from '../../contract';
import type { EcsPort } from '../ecs/port';
import { apiError } from '../errors';
import { assertNoImageBuild } from '../imageBuilds';
import { parseInput } from '../validation';
import type { RouteContext } from './types';

/** One instance by ID, or a 404 that names it and its region. */
export async function findInstance(ecs: EcsPort, regionId: string, instanceId: string): Promise<Instance> {
  const page = await ecs.describeInstances(regionId, { instanceIds: [instanceId], maxResults: 10 });
  const instance = page.instances.find((i) => i.instanceId === instanceId);
  if (!instance) throw apiError(404, 'NotFound', `There is no instance ${instanceId} in region ${regionId}.`);
  return instance;
}

const callFor: Record<InstanceAction, keyof Pick<EcsPort, 'startInstance' | 'stopInstance' | 'rebootInstance'>> = {
  start: 'startInstance',
  stop: 'stopInstance',
  // The console's Restart is ECS's RebootInstance.
  restart: 'rebootInstance',
};

export function registerInstanceRoutes({ app, ecs }: RouteContext): void {
  app.get('/api/regions/:regionId/instances', async (request): Promise<InstanceList> => {
    const { regionId } = parseInput(regionParamsSchema, request.params, 'path');
    const query = parseInput(instanceListQuerySchema, request.query, 'query');
    return ecs.describeInstances(regionId, {
      name: query.name || undefined,
      instanceIds: query.instanceId ? [query.instanceId] : undefined,
      status: query.status,
      nextToken: query.nextToken || undefined,
      maxResults: query.maxResults,
    });
  });

  app.get('/api/regions/:regionId/instances/:instanceId', async (request): Promise<Instance> => {
    const { regionId, instanceId } = parseInput(instanceParamsSchema, request.params, 'path');
    return findInstance(ecs, regionId, instanceId);
  });

  app.get('/api/regions/:regionId/instances/:instanceId/disks', async (request): Promise<DiskList> => {
    const { regionId, instanceId } = parseInput(instanceParamsSchema, request.params, 'path');
    // ECS answers an unknown instance with an empty disk list; the console says 404 instead.
    const [, disks] = await Promise.all([
      findInstance(ecs, regionId, instanceId),
      ecs.describeDisks(regionId, { instanceId }),
    ]);
    const ordered = [...disks].sort(
      (a, b) => Number(b.type === 'system') - Number(a.type === 'system') || a.device.localeCompare(b.device),
    );
    return { disks: ordered.map(({ instanceId: _attachedTo, ...disk }) => disk) };
  });

  for (const action of instanceActions) {
    app.post(`/api/regions/:regionId/instances/:instanceId/${action}`, async (request, reply): Promise<ActionResult> => {
      const { regionId, instanceId } = parseInput(instanceParamsSchema, request.params, 'path');
      // The instance must exist in this region (the action calls carry no RegionId), and no image
      // may be in the making from it: changing its state would make that image fail.
      await Promise.all([
        findInstance(ecs, regionId, instanceId),
        assertNoImageBuild(ecs, regionId, instanceId),
      ]);
      const result = await ecs[callFor[action]](regionId, instanceId);
      reply.status(202);
      return { requestId: result.requestId };
    });
  }
}
