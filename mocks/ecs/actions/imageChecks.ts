import type { RegionState } from '../model';
import { RESOURCE_GROUP_IDS } from '../seed/resourceGroups';
import { EcsError } from '../types';

/** Checks CreateImage makes whatever the source (instance or snapshots). */

export function checkResourceGroup(resourceGroupId: string | undefined): void {
  if (resourceGroupId !== undefined && !RESOURCE_GROUP_IDS.has(resourceGroupId)) {
    throw new EcsError(404, 'InvalidResourceGroup.NotFound', 'The ResourceGroup provided does not exist in our records.');
  }
}

export function checkNameAndQuota(region: RegionState, imageName: string): void {
  const customImages = region.images.filter((image) => image.ownerAlias === 'self');
  if (imageName !== '' && customImages.some((image) => image.imageName === imageName)) {
    // "bean" is ECS's own spelling.
    throw new EcsError(400, 'InvalidImageName.Duplicated', 'The specified Image name has already bean used.');
  }
  if (customImages.length >= region.imageQuota) {
    throw new EcsError(403, 'QuotaExceed.Image', 'The Image Quota exceeds.');
  }
}
