import type { ImageBuild } from '../contract';
import type { EcsPort } from './ecs/port';
import { apiError } from './errors';

/** Images that are still being made; ECS shows them only when asked for these statuses. */
const IN_PROGRESS = ['Creating', 'Waiting'] as const;
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/**
 * The custom images of a region still being made, each with the instance it is made from.
 *
 * ECS has no "source instance" field on an image, so this follows ECS's own links:
 * image -> system-disk mapping's SnapshotId -> DescribeSnapshots -> SourceDiskId ->
 * DescribeDisks -> InstanceId. Images whose chain is broken (snapshot or disk gone) are left out:
 * no instance can be disturbed by them.
 */
export async function listImageBuilds(ecs: EcsPort, regionId: string): Promise<ImageBuild[]> {
  const images = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
    const page = await ecs.describeImages(regionId, { statuses: IN_PROGRESS, pageNumber, pageSize: PAGE_SIZE });
    images.push(...page.images);
    if (page.images.length < PAGE_SIZE || images.length >= page.totalCount) break;
  }

  const sourceSnapshotOf = new Map<string, string>();
  for (const image of images) {
    const mapping = image.diskDeviceMappings.find((m) => m.type === 'system' && m.snapshotId)
      ?? image.diskDeviceMappings.find((m) => m.snapshotId);
    if (mapping) sourceSnapshotOf.set(image.imageId, mapping.snapshotId);
  }
  if (sourceSnapshotOf.size === 0) return [];

  const snapshots = await ecs.describeSnapshots(regionId, { snapshotIds: [...new Set(sourceSnapshotOf.values())] });
  const diskOfSnapshot = new Map(snapshots.map((s) => [s.snapshotId, s.sourceDiskId] as const));
  const diskIds = [...new Set(snapshots.map((s) => s.sourceDiskId).filter(Boolean))];
  const disks = diskIds.length ? await ecs.describeDisks(regionId, { diskIds }) : [];
  const instanceOfDisk = new Map(disks.map((d) => [d.diskId, d.instanceId] as const));

  const builds: ImageBuild[] = [];
  for (const image of images) {
    const snapshotId = sourceSnapshotOf.get(image.imageId);
    const diskId = snapshotId ? diskOfSnapshot.get(snapshotId) : undefined;
    const instanceId = diskId ? instanceOfDisk.get(diskId) : undefined;
    if (!instanceId) continue;
    builds.push({
      imageId: image.imageId,
      imageName: image.imageName,
      instanceId,
      status: image.status,
      progress: image.progress,
    });
  }
  return builds;
}

/**
 * ECS fails an image whose instance changes state mid-creation, silently from the caller's view.
 * The console refuses instead, with the reason, before anything reaches ECS.
 */
export async function assertNoImageBuild(
  ecs: EcsPort,
  regionId: string,
  instanceId: string,
): Promise<void> {
  const build = (await listImageBuilds(ecs, regionId)).find((b) => b.instanceId === instanceId);
  if (!build) return;
  throw apiError(
    409,
    'Conflict',
    `An image (${build.imageId}) is being created from this instance. ` +
      'Starting, stopping or restarting it now would make the image fail. Wait until the image is Available.',
  );
}
