/** ECS writes instance times to the minute and image, disk and snapshot times to the second. */

export function formatMinute(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 16)}Z`;
}

export function formatSecond(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

/** Parses the ISO instants the seed is written in; throws on a typo so a bad seed fails loudly. */
export function at(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Bad seed instant: ${iso}`);
  return ms;
}
