import type { Snapshot, SnapshotRow } from '../contract';
import { imagesBySnapshot, listCustomImages } from './customImages';
import type { EcsPort } from './ecs/port';

/**
 * A page of snapshots with what the console links them to. ECS returns neither link, so:
 * - sourceInstanceId: DescribeDisks by the page's SourceDiskIds (one call: a page holds at most
 *   100 snapshots); '' when the disk is gone (released, or replaced by ReplaceSystemDisk);
 * - imageIds: the region's custom images' DiskDeviceMappings (one DescribeImages call per 100
 *   images, all statuses).
 * So a page costs DescribeSnapshots + 1 DescribeDisks + ceil(images / 100) DescribeImages.
 */
export async function toSnapshotRows(ecs: EcsPort, regionId: string, snapshots: readonly Snapshot[]): Promise<SnapshotRow[]> {
  if (snapshots.length === 0) return [];
  const diskIds = [...new Set(snapshots.map((snapshot) => snapshot.sourceDiskId).filter(Boolean))];
  const [disks, images] = await Promise.all([
    diskIds.length ? ecs.describeDisks(regionId, { diskIds }) : Promise.resolve([]),
    listCustomImages(ecs, regionId),
  ]);
  const instanceOfDisk = new Map(disks.map((disk) => [disk.diskId, disk.instanceId] as const));
  const imageIds = imagesBySnapshot(images);
  return snapshots.map((snapshot) => ({
    ...snapshot,
    sourceInstanceId: instanceOfDisk.get(snapshot.sourceDiskId) ?? '',
    imageIds: imageIds.get(snapshot.snapshotId) ?? [],
  }));
}
