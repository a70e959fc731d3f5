import type { ExportFormat, InstanceTypeList, NetworkOptions, Snapshot, SnapshotStatus, Tag, Task } from '../../contract';

/**
 * The part of the ECS port for an image's whole life (issue 3): snapshots listed with filters,
 * images made from snapshots, instances made from images, system disks replaced, images exported
 * and deleted, and the network facts the create-instance form needs. EcsPort extends this.
 */
export interface ImageLifePort {
  /** DescribeSnapshots with ECS's filters, one page (NextToken / MaxResults). */
  describeSnapshotPage(regionId: string, query: SnapshotQuery): Promise<SnapshotPageResult>;
  /** CreateImage from a system snapshot plus data disks (DiskDeviceMapping.N.*). */
  createImageFromSnapshots(regionId: string, request: CreateImageFromSnapshotsRequest): Promise<{ imageId: string; requestId: string }>;
  runInstances(regionId: string, request: RunInstancesRequest): Promise<{ instanceIds: string[]; requestId: string }>;
  /** ReplaceSystemDisk carries no RegionId: the regional endpoint names the region. */
  replaceSystemDisk(regionId: string, request: ReplaceSystemDiskRequest): Promise<{ diskId: string; requestId: string }>;
  exportImage(regionId: string, request: ExportImageRequest): Promise<{ taskId: string; requestId: string }>;
  describeTasks(regionId: string, query: { taskIds: readonly string[] }): Promise<Task[]>;
  /** DescribeTaskAttribute's TaskProcess (0-100): ECS reports progress for ImportImage / ExportImage tasks only there. */
  describeTaskProgress(regionId: string, taskId: string): Promise<number>;
  deleteImage(regionId: string, imageId: string, options: { force: boolean }): Promise<{ requestId: string }>;
  /** DeleteSnapshot carries no RegionId either. */
  deleteSnapshot(regionId: string, snapshotId: string): Promise<{ requestId: string }>;
  describeVSwitches(regionId: string): Promise<NetworkOptions['vSwitches']>;
  describeSecurityGroups(regionId: string): Promise<NetworkOptions['securityGroups']>;
  describeKeyPairs(regionId: string): Promise<NetworkOptions['keyPairs']>;
  /** The instance types on sale; with a zone, only those that zone offers. */
  describeInstanceTypes(regionId: string, query: { zoneId?: string }): Promise<InstanceTypeList['instanceTypes']>;
}

export type SnapshotUsage = 'image' | 'disk' | 'image_disk' | 'none';

export interface SnapshotQuery {
  snapshotIds?: readonly string[];
  instanceId?: string;
  diskId?: string;
  usage?: SnapshotUsage;
  status?: SnapshotStatus;
  sourceDiskType?: 'system' | 'data';
  nextToken?: string;
  maxResults: number;
}

export interface SnapshotPageResult {
  snapshots: Snapshot[];
  /** Null on the last page. */
  nextToken: string | null;
  totalCount: number;
}

export interface CreateImageFromSnapshotsRequest {
  imageName: string;
  description: string;
  clientToken: string;
  tags: readonly Tag[];
  resourceGroupId?: string;
  systemSnapshotId: string;
  /** In order; no snapshotId means an empty data disk of sizeGiB. */
  dataDisks: readonly { snapshotId?: string; sizeGiB?: number; device?: string }[];
  architecture?: string;
  platform?: string;
}

export interface RunInstancesRequest {
  imageId: string;
  zoneId: string;
  instanceType: string;
  vSwitchId: string;
  securityGroupId: string;
  instanceName: string;
  password?: string;
  keyPairName?: string;
  amount: number;
  systemDiskSizeGiB?: number;
  /** The image's data disks addressed by mount device, to grow them. */
  dataDisks: readonly { device: string; sizeGiB: number }[];
  clientToken: string;
}

export interface ReplaceSystemDiskRequest {
  instanceId: string;
  imageId: string;
  systemDiskSizeGiB?: number;
  password?: string;
  keyPairName?: string;
  clientToken: string;
}

export interface ExportImageRequest {
  imageId: string;
  ossBucket: string;
  /** '' leaves OSSPrefix out. */
  ossPrefix: string;
  format: ExportFormat;
}
