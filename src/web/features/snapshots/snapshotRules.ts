import type { Snapshot } from '../../../contract';

export type CreateImageFromSnapshotProblem = 'notSystemDisk' | 'notAccomplished';

/**
 * Why a snapshot cannot be the system disk of a new image (the console's rule: a system disk
 * snapshot, and ECS's InvalidSnapshotId.NotReady for one not yet accomplished); null when it can.
 */
export function createImageProblem(snapshot: Pick<Snapshot, 'sourceDiskType' | 'status'>): CreateImageFromSnapshotProblem | null {
  if (snapshot.sourceDiskType !== 'system') return 'notSystemDisk';
  if (snapshot.status !== 'accomplished') return 'notAccomplished';
  return null;
}

export const instancesPathFor = (regionId: string, instanceId: string) =>
  `/regions/${encodeURIComponent(regionId)}/instances?instanceId=${encodeURIComponent(instanceId)}`;
