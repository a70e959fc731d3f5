import type { DiskRecord, SnapshotRecord } from '../model';
import { snapshotDurationMs } from '../pace';
import { at } from '../time';
import { DEFAULT_RESOURCE_GROUP_ID } from './resourceGroups';

/**
 * cn-hangzhou's manual snapshots (SnapshotType user, not made for an image): material for "create a
 * custom image from a snapshot". Documented in seed/README.md.
 */
interface ManualSnapshotSpec {
  snapshotId: string;
  snapshotName: string;
  description: string;
  diskId: string;
  /** ISO instant; absent for the one still in progress, which starts `startedSecondsBeforeSeed` before the account's first request. */
  created?: string;
  startedSecondsBeforeSeed?: number;
  /** Emulated time the snapshot takes, when not the usual pace (a first full snapshot of a big disk). */
  durationSeconds?: number;
  /** A seeded disk created from this snapshot (Usage disk). */
  usedByDiskId?: string;
}

const SPECS: readonly ManualSnapshotSpec[] = [
  {
    snapshotId: 's-bp17g2br4adytspqius8',
    snapshotName: 'web-prod-01-sys-before-upgrade',
    description: 'System disk before the kernel upgrade',
    diskId: 'd-bp1y730cwrh6c2faz053',
    created: '2026-01-10T01:00:00Z',
  },
  {
    snapshotId: 's-bp1pa71flbk0lsum4jbq',
    snapshotName: 'web-prod-01-data-before-upgrade',
    description: 'Data disk /dev/xvdb before the kernel upgrade',
    diskId: 'd-bp140bmfxnk2l5uhquok',
    created: '2026-01-10T01:00:00Z',
  },
  {
    snapshotId: 's-bp1sjbi55mxddlbhio3b',
    snapshotName: 'db-staging-02-sys-weekly',
    description: 'Weekly system disk snapshot',
    diskId: 'd-bp1ex3itkgvx76iye3ml',
    created: '2026-01-12T03:00:00Z',
  },
  {
    snapshotId: 's-bp1cfjqbmgabxscs3nh2',
    snapshotName: 'web-prod-01-logs-2025-06',
    description: 'Log volume copied to analytics-etl-01',
    diskId: 'd-bp14vmzvouidvsqkqc1h',
    created: '2025-06-10T08:00:00Z',
    usedByDiskId: 'd-bp1xl723jnvwa1pjtkeb',
  },
  {
    snapshotId: 's-bp1jqexw46qx1xpybx4s',
    snapshotName: 'win-ad-01-sys-monthly',
    description: 'Monthly system disk snapshot',
    diskId: 'd-bp1zvfk21rd00celhjwu',
    created: '2026-01-01T02:00:00Z',
  },
  {
    snapshotId: 's-bp1hm7bsvag1ykz14jpx',
    snapshotName: 'cache-redis-01-data-nightly',
    description: 'Nightly data disk snapshot (first full copy, slow)',
    diskId: 'd-bp1vddpg8xycvqgexcv4',
    startedSecondsBeforeSeed: 120,
    durationSeconds: 1800,
  },
];

/** The manual snapshots, fresh objects; marks the disks made from them (DiskRecord.sourceSnapshotId). */
export function seedManualSnapshots(disks: readonly DiskRecord[], seedTime: number): SnapshotRecord[] {
  return SPECS.map((spec) => {
    const disk = disks.find((candidate) => candidate.diskId === spec.diskId);
    if (!disk) throw new Error(`Seed snapshot ${spec.snapshotId} refers to unknown disk ${spec.diskId}`);
    if (spec.usedByDiskId) {
      const madeFromIt = disks.find((candidate) => candidate.diskId === spec.usedByDiskId);
      if (!madeFromIt) throw new Error(`Seed snapshot ${spec.snapshotId} refers to unknown disk ${spec.usedByDiskId}`);
      madeFromIt.sourceSnapshotId = spec.snapshotId;
    }
    const created = spec.created ? at(spec.created) : seedTime - (spec.startedSecondsBeforeSeed ?? 0) * 1000;
    const durationMs = spec.durationSeconds ? spec.durationSeconds * 1000 : snapshotDurationMs(disk.sizeGiB);
    const done = spec.created !== undefined;
    return {
      snapshotId: spec.snapshotId,
      snapshotName: spec.snapshotName,
      description: spec.description,
      regionId: disk.regionId,
      sourceDiskId: disk.diskId,
      sourceDiskType: disk.type,
      sourceDiskSizeGiB: disk.sizeGiB,
      sourceInstanceId: disk.instanceId,
      usage: spec.usedByDiskId ? 'disk' : 'none',
      snapshotType: 'user',
      status: done ? 'accomplished' : 'progressing',
      progress: done ? 100 : Math.floor(((seedTime - created) / durationMs) * 100),
      creationTime: created,
      durationMs,
      lastModifiedTime: done ? created + durationMs : created,
      resourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
    };
  });
}
