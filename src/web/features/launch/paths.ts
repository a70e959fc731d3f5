export const imageDetailPath = (regionId: string, imageId: string) =>
  `/regions/${encodeURIComponent(regionId)}/images/${encodeURIComponent(imageId)}`;

/** The Create Instance page of one image: a URL of its own, so a link reopens the form. */
export const createInstancePath = (regionId: string, imageId: string) => `${imageDetailPath(regionId, imageId)}/create-instance`;

/** Where a new instance is shown: the list, filtered to it when there is exactly one. */
export function afterCreatePath(regionId: string, instanceIds: readonly string[], instanceName: string): string {
  const base = `/regions/${encodeURIComponent(regionId)}/instances`;
  const [only] = instanceIds;
  if (instanceIds.length === 1 && only) return `${base}?instanceId=${encodeURIComponent(only)}`;
  return instanceName ? `${base}?name=${encodeURIComponent(instanceName)}` : base;
}
