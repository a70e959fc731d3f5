import type { DiskRecord, ImageRecord, InstanceRecord, SnapshotRecord, SnapshotStatus } from '../model';
import { at } from '../time';
import { snapshotDurationMs } from '../pace';
import { DEFAULT_RESOURCE_GROUP_ID, PRODUCTION_RESOURCE_GROUP_ID } from './resourceGroups';

/** The two custom images cn-hangzhou starts with, and the Usage=image snapshots they are made of. */
interface CustomImageSpec {
  imageId: string;
  imageName: string;
  description: string;
  instanceId: string;
  created: string;
  status: 'Available' | 'CreateFailed';
  /** One snapshot ID per disk of the instance, in disk order. */
  snapshotIds: readonly string[];
  /** Where progress stopped, for a failed image. */
  failedAt?: number;
  tags: Record<string, string>;
  resourceGroupId: string;
}

const SPECS: readonly CustomImageSpec[] = [
  {
    imageId: 'm-bp1do1thh73546fk0ma4',
    imageName: 'web-prod-baseline',
    description: 'Hardened baseline of web-prod-01',
    instanceId: 'i-bp1vkt9yt56c9hg9cnbc',
    created: '2025-11-20T03:12:45Z',
    status: 'Available',
    snapshotIds: ['s-bp12vs1z4zicgz6ne6rg', 's-bp1vsykppga1zckanfb2', 's-bp1i7g0nr3ulm16c8e8v'],
    tags: { env: 'production' },
    resourceGroupId: PRODUCTION_RESOURCE_GROUP_ID,
  },
  {
    imageId: 'm-bp1z0qw4hwgzvzojbpyn',
    imageName: 'db-migration-test',
    description: 'Attempt before the PostgreSQL 16 migration',
    instanceId: 'i-bp1s72s6ov5qm065gimb',
    created: '2025-12-02T09:40:11Z',
    status: 'CreateFailed',
    snapshotIds: ['s-bp1e20t963rqism1ti6t'],
    failedAt: 37,
    tags: {},
    resourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
  },
];

export function seedCustomImages(
  instances: readonly InstanceRecord[],
  disks: readonly DiskRecord[],
): { images: ImageRecord[]; snapshots: SnapshotRecord[] } {
  const images: ImageRecord[] = [];
  const snapshots: SnapshotRecord[] = [];
  for (const spec of SPECS) {
    const instance = instances.find((candidate) => candidate.instanceId === spec.instanceId);
    if (!instance) throw new Error(`Seed image ${spec.imageId} refers to unknown instance ${spec.instanceId}`);
    const instanceDisks = disks.filter((disk) => disk.instanceId === instance.instanceId);
    if (instanceDisks.length !== spec.snapshotIds.length) {
      throw new Error(`Seed image ${spec.imageId} needs one snapshot per disk of ${spec.instanceId}`);
    }
    const created = at(spec.created);
    const status: SnapshotStatus = spec.status === 'Available' ? 'accomplished' : 'failed';
    const progress = spec.failedAt ?? 100;
    const imageSnapshots = instanceDisks.map(
      (disk, index): SnapshotRecord => ({
        snapshotId: spec.snapshotIds[index] as string,
        snapshotName: '',
        description: `Created for image ${spec.imageId}`,
        regionId: instance.regionId,
        sourceDiskId: disk.diskId,
        sourceDiskType: disk.type,
        sourceDiskSizeGiB: disk.sizeGiB,
        sourceInstanceId: instance.instanceId,
        usage: 'image',
        snapshotType: 'user',
        status,
        progress,
        creationTime: created,
        durationMs: snapshotDurationMs(disk.sizeGiB),
        lastModifiedTime: created + snapshotDurationMs(disk.sizeGiB),
        resourceGroupId: spec.resourceGroupId,
      }),
    );
    snapshots.push(...imageSnapshots);
    images.push({
      imageId: spec.imageId,
      imageName: spec.imageName,
      description: spec.description,
      regionId: instance.regionId,
      ownerAlias: 'self',
      status: spec.status,
      progress,
      usable: spec.status === 'Available',
      sizeGiB: instanceDisks[0]?.sizeGiB ?? 0,
      creationTime: created,
      os: { ...instance.os },
      diskDeviceMappings: instanceDisks.map((disk, index) => ({
        device: disk.device,
        type: disk.type,
        snapshotId: imageSnapshots[index]?.snapshotId ?? '',
        sizeGiB: disk.sizeGiB,
      })),
      tags: Object.entries(spec.tags).map(([key, value]) => ({ key, value })),
      resourceGroupId: spec.resourceGroupId,
      sourceInstanceId: instance.instanceId,
    });
  }
  return { images, snapshots };
}
