/**
 * How long things take in emulated seconds (the clock's speed scales them for demos). A snapshot
 * takes 5 s plus 0.18 s per GiB, all disks of an image in parallel: an instance of 40 + 300 GiB
 * gives an image in about a minute at speed 1.
 */
export const SNAPSHOT_BASE_SECONDS = 5;
export const SNAPSHOT_SECONDS_PER_GIB = 0.18;

export const STOP_SECONDS = 10;
export const START_SECONDS = 10;
export const REBOOT_SECONDS = 15;

export function snapshotDurationMs(sizeGiB: number): number {
  return Math.round((SNAPSHOT_BASE_SECONDS + SNAPSHOT_SECONDS_PER_GIB * sizeGiB) * 1000);
}
