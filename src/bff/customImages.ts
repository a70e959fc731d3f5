import { imageStatuses, type Image } from '../contract';
import type { EcsPort } from './ecs/port';

const PAGE_SIZE = 100;
/** 10 pages of 100: ten times the default custom image quota of a region. */
const MAX_PAGES = 10;

/** One custom image by ID, whatever its status, or undefined (ECS answers an unknown ID with an empty list). */
export async function lookupImage(ecs: EcsPort, regionId: string, imageId: string): Promise<Image | undefined> {
  const page = await ecs.describeImages(regionId, { imageIds: [imageId], statuses: imageStatuses, pageNumber: 1, pageSize: 10 });
  return page.images.find((image) => image.imageId === imageId);
}

/**
 * Every custom image of the region, all statuses: one DescribeImages call per 100 images (a region
 * holds 100 by default). ECS has no "images of this snapshot" lookup, so links from snapshots to
 * images are read from these images' DiskDeviceMappings.
 */
export async function listCustomImages(ecs: EcsPort, regionId: string): Promise<Image[]> {
  const images: Image[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
    const page = await ecs.describeImages(regionId, { statuses: imageStatuses, pageNumber, pageSize: PAGE_SIZE });
    images.push(...page.images);
    if (page.images.length < PAGE_SIZE || images.length >= page.totalCount) break;
  }
  return images;
}

/** Snapshot ID -> the IDs of the images whose disk mappings use it. */
export function imagesBySnapshot(images: readonly Image[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const image of images) {
    for (const { snapshotId } of image.diskDeviceMappings) {
      if (!snapshotId) continue;
      const ids = index.get(snapshotId) ?? [];
      if (!ids.includes(image.imageId)) ids.push(image.imageId);
      index.set(snapshotId, ids);
    }
  }
  return index;
}

export const hasDataDisks = (image: Image) => image.diskDeviceMappings.some((mapping) => mapping.type === 'data');
