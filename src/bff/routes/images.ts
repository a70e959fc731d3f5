import {
  createImageBodySchema,
  imageListQuerySchema,
  imageParamsSchema,
  imageStatuses,
  instanceParamsSchema,
  regionParamsSchema,
  type CreateImageResult,
  type Image,
  type ImageList,
  type SnapshotList,
} from '../../contract';
import type { EcsPort } from '../ecs/port';
import { apiError } from '../errors';
import { parseInput } from '../validation';
import type { RouteContext } from './types';

/** One custom image by ID, whatever its status (ECS would show only Available ones by default). */
async function findImage(ecs: EcsPort, regionId: string, imageId: string): Promise<Image> {
  const page = await ecs.describeImages(regionId, {
    imageIds: [imageId],
    statuses: imageStatuses,
    pageNumber: 1,
    pageSize: 10,
  });
  const image = page.images.find((i) => i.imageId === imageId);
  if (!image) throw apiError(404, 'NotFound', `There is no custom image ${imageId} in region ${regionId}.`);
  return image;
}

export function registerImageRoutes({ app, ecs }: RouteContext): void {
  app.post('/api/regions/:regionId/instances/:instanceId/images', async (request, reply): Promise<CreateImageResult> => {
    const { regionId, instanceId } = parseInput(instanceParamsSchema, request.params, 'path');
    const body = parseInput(createImageBodySchema, request.body, 'body');
    const result = await ecs.createImage(regionId, {
      instanceId,
      imageName: body.imageName,
      description: body.description,
      clientToken: body.clientToken,
      tags: body.tags,
      resourceGroupId: body.resourceGroupId,
    });
    reply.status(201);
    return result;
  });

  app.get('/api/regions/:regionId/images', async (request): Promise<ImageList> => {
    const { regionId } = parseInput(regionParamsSchema, request.params, 'path');
    const query = parseInput(imageListQuerySchema, request.query, 'query');
    return ecs.describeImages(regionId, {
      name: query.name || undefined,
      statuses: query.status === 'All' ? imageStatuses : [query.status],
      pageNumber: query.pageNumber,
      pageSize: query.pageSize,
    });
  });

  app.get('/api/regions/:regionId/images/:imageId', async (request): Promise<Image> => {
    const { regionId, imageId } = parseInput(imageParamsSchema, request.params, 'path');
    return findImage(ecs, regionId, imageId);
  });

  app.get('/api/regions/:regionId/images/:imageId/snapshots', async (request): Promise<SnapshotList> => {
    const { regionId, imageId } = parseInput(imageParamsSchema, request.params, 'path');
    const image = await findImage(ecs, regionId, imageId);
    const snapshotIds = image.diskDeviceMappings.map((m) => m.snapshotId).filter(Boolean);
    const snapshots = await ecs.describeSnapshots(regionId, { snapshotIds });
    // In the image's own disk order: system disk first, then data disks by device.
    const position = new Map(snapshotIds.map((id, index) => [id, index] as const));
    snapshots.sort((a, b) => (position.get(a.snapshotId) ?? 0) - (position.get(b.snapshotId) ?? 0));
    return { snapshots };
  });
}
