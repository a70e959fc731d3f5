/** Owned by the instances feature. */
export const instances = {};
