/** Resource groups the seeded account has; CreateImage accepts only these (InvalidResourceGroup.NotFound otherwise). */
export const DEFAULT_RESOURCE_GROUP_ID = 'rg-acfmdefault4ktq2xa';
export const PRODUCTION_RESOURCE_GROUP_ID = 'rg-acfmprod7wz3hk1b';

export const RESOURCE_GROUP_IDS: ReadonlySet<string> = new Set([DEFAULT_RESOURCE_GROUP_ID, PRODUCTION_RESOURCE_GROUP_ID]);
