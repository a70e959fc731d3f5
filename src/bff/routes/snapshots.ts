import { z } from 'zod';
import { regionParamsSchema, snapshotListQuerySchema, type SnapshotPage, type SnapshotRow } from '../../contract';
import { apiError } from '../errors';
import { toSnapshotRows } from '../snapshotRows';
import { parseInput } from '../validation';
import type { RouteContext } from './types';

const snapshotParamsSchema = regionParamsSchema.extend({
  snapshotId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, 'Use a snapshot ID such as s-bp1abc....'),
});

/** GET .../snapshots (ECS's filters, paged by NextToken) and GET .../snapshots/:snapshotId. */
export function registerSnapshotRoutes({ app, ecs }: RouteContext): void {
  app.get('/api/regions/:regionId/snapshots', async (request): Promise<SnapshotPage> => {
    const { regionId } = parseInput(regionParamsSchema, request.params, 'path');
    const query = parseInput(snapshotListQuerySchema, request.query, 'query');
    const page = await ecs.describeSnapshotPage(regionId, {
      instanceId: query.instanceId,
      diskId: query.diskId,
      usage: query.usage,
      status: query.status,
      sourceDiskType: query.sourceDiskType,
      nextToken: query.nextToken || undefined,
      maxResults: query.maxResults,
    });
    return { snapshots: await toSnapshotRows(ecs, regionId, page.snapshots), nextToken: page.nextToken, totalCount: page.totalCount };
  });

  app.get('/api/regions/:regionId/snapshots/:snapshotId', async (request): Promise<SnapshotRow> => {
    const { regionId, snapshotId } = parseInput(snapshotParamsSchema, request.params, 'path');
    const page = await ecs.describeSnapshotPage(regionId, { snapshotIds: [snapshotId], maxResults: 10 });
    const snapshot = page.snapshots.find((s) => s.snapshotId === snapshotId);
    if (!snapshot) throw apiError(404, 'NotFound', `There is no snapshot ${snapshotId} in region ${regionId}.`);
    const [row] = await toSnapshotRows(ecs, regionId, [snapshot]);
    return row!;
  });
}
