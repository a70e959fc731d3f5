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

/** CreateImage from existing snapshots: nothing to copy, the image is Available after this long. */
export const IMAGE_FROM_SNAPSHOTS_SECONDS = 5;

/** RunInstances: Pending for 5 s, then Starting until 20 s after the call, then Running. */
export const RUN_PENDING_SECONDS = 5;
export const RUN_READY_SECONDS = 20;

/** ExportImage: the task is Processing for 20 s + 0.1 s per GiB of the image's disks. */
export const EXPORT_BASE_SECONDS = 20;
export const EXPORT_SECONDS_PER_GIB = 0.1;

export function exportDurationMs(totalGiB: number): number {
  return Math.round((EXPORT_BASE_SECONDS + EXPORT_SECONDS_PER_GIB * totalGiB) * 1000);
}
