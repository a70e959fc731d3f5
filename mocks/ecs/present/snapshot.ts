import type { SnapshotRecord } from '../model';
import { formatSecond } from '../time';

const GIB = 1024 ** 3;

/** One `Snapshots.Snapshot[]` entry: Progress as "45%", RemainTime in seconds, SourceDiskSize a string. */
export function presentSnapshot(snapshot: SnapshotRecord, now: number): Record<string, unknown> {
  const remainMs = snapshot.creationTime + snapshot.durationMs - now;
  return {
    SnapshotId: snapshot.snapshotId,
    SnapshotName: snapshot.snapshotName,
    Description: snapshot.description,
    RegionId: snapshot.regionId,
    Status: snapshot.status,
    Progress: `${snapshot.progress}%`,
    RemainTime: snapshot.status === 'progressing' ? Math.max(0, Math.ceil(remainMs / 1000)) : 0,
    SourceDiskId: snapshot.sourceDiskId,
    SourceDiskType: snapshot.sourceDiskType,
    SourceDiskSize: String(snapshot.sourceDiskSizeGiB),
    SourceStorageType: 'disk',
    SnapshotType: snapshot.snapshotType,
    Usage: snapshot.usage,
    Category: 'standard',
    Available: snapshot.status === 'accomplished',
    InstantAccess: false,
    InstantAccessRetentionDays: 0,
    RetentionDays: 0,
    Encrypted: false,
    KMSKeyId: '',
    ProductCode: '',
    SourceRegionId: '',
    SourceSnapshotId: '',
    SnapshotSN: `64${snapshot.snapshotId.slice(-14)}`,
    SnapshotLinkId: `sl-${snapshot.sourceDiskId.slice(2)}`,
    // A rough data size: ECS reports what was actually copied, which grows with progress.
    FullSnapshotSizeInBytes: Math.round((snapshot.sourceDiskSizeGiB * GIB * snapshot.progress) / 400),
    CreationTime: formatSecond(snapshot.creationTime),
    LastModifiedTime: formatSecond(snapshot.lastModifiedTime),
    ResourceGroupId: snapshot.resourceGroupId,
    Tags: { Tag: [] },
  };
}
