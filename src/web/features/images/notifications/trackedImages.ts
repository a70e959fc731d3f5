/** An image the user started creating in this tab; its notification polls it until it is done. */
export interface TrackedImage {
  regionId: string;
  imageId: string;
  imageName: string;
}

const STORAGE_KEY = 'ecs-console.trackedImages';

export const sameImage = (a: TrackedImage, b: Pick<TrackedImage, 'regionId' | 'imageId'>) =>
  a.regionId === b.regionId && a.imageId === b.imageId;

function isTrackedImage(value: unknown): value is TrackedImage {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.regionId === 'string' && typeof record.imageId === 'string' && typeof record.imageName === 'string'
  );
}

/** Session storage, so a reload keeps the notifications but a new tab starts clean. */
export function loadTrackedImages(): TrackedImage[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isTrackedImage) : [];
  } catch {
    return [];
  }
}

export function saveTrackedImages(images: readonly TrackedImage[]): void {
  try {
    if (images.length === 0) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(images));
  } catch {
    // Storage unavailable (private mode, quota): notifications still work until the next reload.
  }
}
