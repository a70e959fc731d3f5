/** Newest first, then by ID, so pages never shuffle between requests. */
export function byCreationDesc<T extends { creationTime: number }>(idOf: (item: T) => string) {
  return (a: T, b: T): number => b.creationTime - a.creationTime || idOf(a).localeCompare(idOf(b));
}
