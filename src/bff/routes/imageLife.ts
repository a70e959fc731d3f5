import {
  IMAGE_LIFE_MESSAGES_EN,
  createImageFromSnapshotBodySchema,
  deleteImageQuerySchema,
  exportImageBodySchema,
  exportProblem,
  imageParamsSchema,
  regionParamsSchema,
  runInstancesBodySchema,
  type CreateImageResult,
  type DeleteImageResult,
  type ExportImageResult,
  type Image,
  type RunInstancesResult,
} from '../../contract';
import { lookupImage } from '../customImages';
import type { EcsPort } from '../ecs/port';
import { EcsCallError } from '../ecs/port';
import { apiError } from '../errors';
import { checkRunAgainstImage, checkedDataDisks } from '../imageLifeChecks';
import { parseInput } from '../validation';
import type { RouteContext } from './types';

async function requireImage(ecs: EcsPort, regionId: string, imageId: string): Promise<Image> {
  const image = await lookupImage(ecs, regionId, imageId);
  if (!image) throw apiError(404, 'NotFound', `There is no custom image ${imageId} in region ${regionId}.`);
  return image;
}

/** Snapshots that ECS would not delete, with its code, so the console can say which remain and why. */
async function deleteSnapshots(ecs: EcsPort, regionId: string, snapshotIds: readonly string[]) {
  const result: Pick<DeleteImageResult, 'deletedSnapshotIds' | 'failedSnapshots'> = { deletedSnapshotIds: [], failedSnapshots: [] };
  for (const snapshotId of snapshotIds) {
    try {
      await ecs.deleteSnapshot(regionId, snapshotId);
      result.deletedSnapshotIds.push(snapshotId);
    } catch (error) {
      if (!(error instanceof EcsCallError)) throw error;
      result.failedSnapshots.push({ snapshotId, ecsCode: error.ecsCode, message: error.message });
    }
  }
  return result;
}

/** Create from snapshots, create instances, export and delete: what is done with a custom image (issue 3). */
export function registerImageLifeRoutes({ app, ecs }: RouteContext): void {
  app.post('/api/regions/:regionId/images', async (request, reply): Promise<CreateImageResult> => {
    const { regionId } = parseInput(regionParamsSchema, request.params, 'path');
    const body = parseInput(createImageFromSnapshotBodySchema, request.body, 'body');
    const dataDisks = await checkedDataDisks(ecs, regionId, body);
    const result = await ecs.createImageFromSnapshots(regionId, {
      imageName: body.imageName,
      description: body.description,
      clientToken: body.clientToken,
      tags: body.tags,
      resourceGroupId: body.resourceGroupId,
      systemSnapshotId: body.systemSnapshotId,
      dataDisks,
      architecture: body.architecture,
      platform: body.platform,
    });
    reply.status(201);
    return result;
  });

  app.post('/api/regions/:regionId/images/:imageId/instances', async (request, reply): Promise<RunInstancesResult> => {
    const { regionId, imageId } = parseInput(imageParamsSchema, request.params, 'path');
    const body = parseInput(runInstancesBodySchema, request.body, 'body');
    checkRunAgainstImage(await requireImage(ecs, regionId, imageId), body);
    const result = await ecs.runInstances(regionId, { imageId, ...body });
    reply.status(201);
    return result;
  });

  app.post('/api/regions/:regionId/images/:imageId/export', async (request, reply): Promise<ExportImageResult> => {
    const { regionId, imageId } = parseInput(imageParamsSchema, request.params, 'path');
    const body = parseInput(exportImageBodySchema, request.body, 'body');
    const problem = exportProblem(await requireImage(ecs, regionId, imageId));
    if (problem) throw apiError(409, 'Conflict', IMAGE_LIFE_MESSAGES_EN.export[problem]);
    const result = await ecs.exportImage(regionId, { imageId, ossBucket: body.ossBucket, ossPrefix: body.ossPrefix, format: body.format });
    reply.status(202);
    return result;
  });

  app.delete('/api/regions/:regionId/images/:imageId', async (request): Promise<DeleteImageResult> => {
    const { regionId, imageId } = parseInput(imageParamsSchema, request.params, 'path');
    const query = parseInput(deleteImageQuerySchema, request.query, 'query');
    const image = await requireImage(ecs, regionId, imageId);
    if (image.status === 'Creating' || image.status === 'Waiting') {
      throw apiError(
        409,
        'Conflict',
        `The image ${imageId} is still being created (${image.progress}%). Wait until it is Available or has failed, then delete it.`,
      );
    }
    // Read before the image goes: afterwards nothing links the image to its snapshots.
    const snapshotIds = [...new Set(image.diskDeviceMappings.map((mapping) => mapping.snapshotId).filter(Boolean))];
    const { requestId } = await ecs.deleteImage(regionId, imageId, { force: query.force === 'true' });
    const snapshots = query.deleteSnapshots === 'true'
      ? await deleteSnapshots(ecs, regionId, snapshotIds)
      : { deletedSnapshotIds: [], failedSnapshots: [] };
    return { requestId, ...snapshots };
  });
}
