import {
  IMAGE_LIFE_MESSAGES_EN,
  instanceParamsSchema,
  passwordProblem,
  replaceSystemDiskBodySchema,
  type ImageList,
  type ReplaceSystemDiskResult,
  type Snapshot,
} from '../../contract';
import { hasDataDisks, listCustomImages, lookupImage } from '../customImages';
import type { EcsPort } from '../ecs/port';
import { apiError } from '../errors';
import { DATA_DISK_IMAGE_REFUSED } from '../imageLifeErrors';
import { assertNoImageBuild } from '../imageBuilds';
import { parseInput } from '../validation';
import { findInstance } from './instances';
import type { RouteContext } from './types';

/** 10 pages of 100 snapshots: far more than one instance's disks ever hold. */
const MAX_SNAPSHOT_PAGES = 10;

async function snapshotsOfInstance(ecs: EcsPort, regionId: string, instanceId: string): Promise<Snapshot[]> {
  const snapshots: Snapshot[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_SNAPSHOT_PAGES; page++) {
    const result = await ecs.describeSnapshotPage(regionId, { instanceId, nextToken, maxResults: 100 });
    snapshots.push(...result.snapshots);
    nextToken = result.nextToken ?? undefined;
    if (!nextToken) break;
  }
  return snapshots;
}

/** Replace System Disk, and the images made from an instance (its disks' snapshots -> images). */
export function registerInstanceLifeRoutes({ app, ecs }: RouteContext): void {
  app.post('/api/regions/:regionId/instances/:instanceId/replace-system-disk', async (request, reply): Promise<ReplaceSystemDiskResult> => {
    const { regionId, instanceId } = parseInput(instanceParamsSchema, request.params, 'path');
    const body = parseInput(replaceSystemDiskBodySchema, request.body, 'body');
    if (body.password !== undefined) {
      const problem = passwordProblem(body.password);
      if (problem) throw apiError(400, 'InvalidInput', IMAGE_LIFE_MESSAGES_EN.password[problem], 'password');
    }
    if (body.password !== undefined && body.keyPairName !== undefined) {
      throw apiError(400, 'InvalidInput', 'Set either a password or a key pair, not both.', 'password');
    }
    const [instance, image] = await Promise.all([
      findInstance(ecs, regionId, instanceId),
      lookupImage(ecs, regionId, body.imageId),
      // Replacing the system disk of an instance an image is being made from would fail that image.
      assertNoImageBuild(ecs, regionId, instanceId),
    ]);
    if (!image) throw apiError(400, 'InvalidInput', `There is no custom image ${body.imageId} in region ${regionId}.`, 'imageId');
    if (hasDataDisks(image)) throw apiError(409, 'Conflict', DATA_DISK_IMAGE_REFUSED, 'imageId');
    if (image.status !== 'Available') {
      throw apiError(409, 'Conflict', `Only an Available image can replace a system disk; ${image.imageId} is ${image.status}.`, 'imageId');
    }
    if (instance.status !== 'Stopped') {
      throw apiError(409, 'Conflict', `The system disk can be replaced only while the instance is Stopped; it is ${instance.status}. Stop the instance first.`);
    }
    if (body.systemDiskSizeGiB !== undefined && body.systemDiskSizeGiB < image.sizeGiB) {
      throw apiError(400, 'InvalidInput', `The system disk must be at least the image's size, ${image.sizeGiB} GiB.`, 'systemDiskSizeGiB');
    }
    const result = await ecs.replaceSystemDisk(regionId, { instanceId, ...body });
    reply.status(202);
    return result;
  });

  app.get('/api/regions/:regionId/instances/:instanceId/images', async (request): Promise<ImageList> => {
    const { regionId, instanceId } = parseInput(instanceParamsSchema, request.params, 'path');
    const [, snapshots, images] = await Promise.all([
      findInstance(ecs, regionId, instanceId),
      snapshotsOfInstance(ecs, regionId, instanceId),
      listCustomImages(ecs, regionId),
    ]);
    const snapshotIds = new Set(snapshots.map((snapshot) => snapshot.snapshotId));
    const made = images.filter((image) => image.diskDeviceMappings.some((mapping) => snapshotIds.has(mapping.snapshotId)));
    return { images: made, totalCount: made.length, pageNumber: 1, pageSize: Math.max(made.length, 1) };
  });
}
