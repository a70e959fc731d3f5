import {
  DEFAULT_EMPTY_DATA_DISK_GIB,
  IMAGE_LIFE_MESSAGES_EN,
  dataDiskProblems,
  type CreateImageFromSnapshotBody,
  type Image,
  type RunInstancesBody,
} from '../contract';
import type { CreateImageFromSnapshotsRequest, EcsPort } from './ecs/port';
import { apiError } from './errors';

/**
 * The checks the BFF makes before a create-from-snapshot or run-instances call reaches ECS: the
 * contract's rules, completed with what only ECS knows (snapshot sizes, the image's disks).
 */

type ParsedSnapshotBody = Pick<Required<CreateImageFromSnapshotBody>, 'systemSnapshotId' | 'dataDisks'>;

/** Looks the snapshots up (one DescribeSnapshots call) and answers 400 naming the field if one is unknown or a size is wrong. */
export async function checkedDataDisks(
  ecs: EcsPort,
  regionId: string,
  body: ParsedSnapshotBody,
): Promise<CreateImageFromSnapshotsRequest['dataDisks']> {
  const wanted = [...new Set([body.systemSnapshotId, ...body.dataDisks.map((disk) => disk.snapshotId ?? '').filter(Boolean)])];
  const { snapshots } = await ecs.describeSnapshotPage(regionId, { snapshotIds: wanted, maxResults: 100 });
  const sizeOf = new Map(snapshots.map((snapshot) => [snapshot.snapshotId, snapshot.sourceDiskSizeGiB] as const));
  if (!sizeOf.has(body.systemSnapshotId)) {
    throw apiError(400, 'InvalidInput', `There is no snapshot ${body.systemSnapshotId} in region ${regionId}.`, 'systemSnapshotId');
  }
  const missing = body.dataDisks.find((disk) => disk.snapshotId && !sizeOf.has(disk.snapshotId));
  if (missing) throw apiError(400, 'InvalidInput', `There is no snapshot ${missing.snapshotId} in region ${regionId}.`, 'dataDisks');

  const disks = body.dataDisks.map((disk) => ({
    snapshotId: disk.snapshotId || undefined,
    device: disk.device || undefined,
    // An empty data disk gets the console's default size; a snapshot's disk defaults to the snapshot's size (ECS).
    sizeGiB: disk.sizeGiB ?? (disk.snapshotId ? undefined : DEFAULT_EMPTY_DATA_DISK_GIB),
  }));
  const problem = dataDiskProblems(disks.map((disk) => ({ ...disk, snapshotSizeGiB: disk.snapshotId ? sizeOf.get(disk.snapshotId) : undefined })))[0];
  if (problem) {
    throw apiError(400, 'InvalidInput', `Data disk ${problem.index + 1}: ${IMAGE_LIFE_MESSAGES_EN.dataDisk[problem.problem]}`, 'dataDisks');
  }
  return disks;
}

type ParsedRunBody = Pick<Required<RunInstancesBody>, 'dataDisks' | 'systemDiskSizeGiB'> & { password?: string; keyPairName?: string };

/** Zone IDs as ECS writes them: cn-hangzhou-h, ap-southeast-1a. The contract only bounds the length. */
export const ZONE_ID = /^[a-z]{2,}(-[a-z0-9]+){1,5}$/;

/** The image's data disks come along by mount device: a size may grow, never shrink; the system disk is at least the image. */
export function checkRunAgainstImage(image: Image, body: Partial<ParsedRunBody> & { zoneId?: string }): void {
  if (body.zoneId !== undefined && !ZONE_ID.test(body.zoneId)) {
    throw apiError(400, 'InvalidInput', 'Use a zone ID such as cn-hangzhou-h.', 'zoneId');
  }
  if (image.status !== 'Available') {
    throw apiError(409, 'Conflict', `Only Available images can create instances; ${image.imageId} is ${image.status}.`);
  }
  if (body.systemDiskSizeGiB !== undefined && body.systemDiskSizeGiB < image.sizeGiB) {
    throw apiError(400, 'InvalidInput', `The system disk must be at least the image's size, ${image.sizeGiB} GiB.`, 'systemDiskSizeGiB');
  }
  const seen = new Set<string>();
  for (const disk of body.dataDisks ?? []) {
    const mapping = image.diskDeviceMappings.find((m) => m.type === 'data' && m.device === disk.device);
    if (!mapping) throw apiError(400, 'InvalidInput', `The image has no data disk at ${disk.device}.`, 'dataDisks');
    if (seen.has(disk.device)) throw apiError(400, 'InvalidInput', IMAGE_LIFE_MESSAGES_EN.dataDisk.duplicateDevice, 'dataDisks');
    seen.add(disk.device);
    if (disk.sizeGiB < mapping.sizeGiB) {
      throw apiError(
        400,
        'InvalidInput',
        `The data disk at ${disk.device} must be at least ${mapping.sizeGiB} GiB: ${IMAGE_LIFE_MESSAGES_EN.dataDisk.sizeBelowSnapshot}`,
        'dataDisks',
      );
    }
  }
  if (/windows/i.test(`${image.platform} ${image.osName}`) && body.password === undefined) {
    throw apiError(400, 'InvalidInput', 'Windows instances sign in with a password: set a password instead of a key pair.', 'password');
  }
}
