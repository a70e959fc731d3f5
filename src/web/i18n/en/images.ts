/** Owned by the images feature. */
export const images = {};
