const KEY = 'ecs-console.regionId';
export const DEFAULT_REGION_ID = 'cn-hangzhou';

/** The region chosen last, so `/` reopens where the user was. */
export function rememberedRegionId(): string {
  try {
    return localStorage.getItem(KEY) ?? DEFAULT_REGION_ID;
  } catch {
    return DEFAULT_REGION_ID;
  }
}

export function rememberRegionId(regionId: string): void {
  try {
    localStorage.setItem(KEY, regionId);
  } catch {
    // Private mode or storage full: the URL still carries the region.
  }
}
