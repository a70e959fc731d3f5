import type { ImageRecord, RegionState } from '../model';
import { EcsError } from '../types';

/** System disks: at least 20 GiB and the image's size, at most 2048; default max(40, image size). */
const SYSTEM_DISK_MIN_GIB = 20;
const SYSTEM_DISK_MAX_GIB = 2048;
const SYSTEM_DISK_DEFAULT_GIB = 40;

export function imageNotFound(): EcsError {
  return new EcsError(404, 'InvalidImageId.NotFound', 'The specified ImageId does not exist.');
}

/** A public or own custom image of the region that can be used now: Available. */
export function findUsableImage(region: RegionState, imageId: string): ImageRecord {
  const image = region.images.find((candidate) => candidate.imageId === imageId);
  if (!image || (image.ownerAlias !== 'self' && image.ownerAlias !== 'system')) throw imageNotFound();
  if (image.status !== 'Available') {
    throw new EcsError(400, 'IncorrectImageStatus', 'The specified Image is not available.');
  }
  return image;
}

/**
 * SystemDisk.Size for a new system disk. Too small for the image: InvalidSystemDiskSize.LessThanImageSize
 * (404, as ECS answers); below 20: LessThanMinSize (404); above 2048: RunInstances answers
 * InvalidSystemDiskSize.ValueNotSupported (400), ReplaceSystemDisk MoreThanMaxSize (404).
 */
export function systemDiskSizeFor(image: ImageRecord, requested: number | undefined, action: 'RunInstances' | 'ReplaceSystemDisk'): number {
  const size = requested ?? Math.max(SYSTEM_DISK_DEFAULT_GIB, image.sizeGiB);
  if (size < image.sizeGiB) {
    throw new EcsError(404, 'InvalidSystemDiskSize.LessThanImageSize', 'The specified parameter SystemDisk.Size is less than the image size.');
  }
  if (size < SYSTEM_DISK_MIN_GIB) {
    throw new EcsError(404, 'InvalidSystemDiskSize.LessThanMinSize', 'The specified parameter SystemDisk.Size is less than the min size.');
  }
  if (size > SYSTEM_DISK_MAX_GIB) {
    throw action === 'RunInstances'
      ? new EcsError(400, 'InvalidSystemDiskSize.ValueNotSupported', 'The specified parameter SystemDisk.Size is not valid.')
      : new EcsError(404, 'InvalidSystemDiskSize.MoreThanMaxSize', 'The specified parameter SystemDisk.Size is more than the max size.');
  }
  return size;
}
