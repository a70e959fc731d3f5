/**
 * The emulator's state, as plain mutable records in camelCase. Actions change these; the
 * presenters in present/ turn them into ECS's wire shapes. Times are epoch milliseconds.
 */
import type { IdFactory } from './ids';

export type InstanceStatus = 'Pending' | 'Running' | 'Starting' | 'Stopping' | 'Stopped';
export type ChargeType = 'PrePaid' | 'PostPaid';
export type DiskType = 'system' | 'data';
export type ImageStatus = 'Creating' | 'Waiting' | 'Available' | 'UnAvailable' | 'CreateFailed' | 'Deprecated';
export type ImageOwnerAlias = 'system' | 'self' | 'others' | 'marketplace';
export type SnapshotStatus = 'progressing' | 'accomplished' | 'failed';

export interface TagRecord {
  key: string;
  value: string;
}

export interface LockRecord {
  reason: string;
  message: string;
}

/** The OS facts an image carries and passes on to images made from instances running it. */
export interface OsRecord {
  osType: 'linux' | 'windows';
  osName: string;
  osNameEn: string;
  platform: string;
  architecture: 'x86_64' | 'arm64' | 'i386';
  bootMode: string;
  imdsSupport: string;
  isSupportCloudinit: boolean;
}

export interface InstanceRecord {
  instanceId: string;
  instanceName: string;
  description: string;
  hostName: string;
  regionId: string;
  zoneId: string;
  instanceType: string;
  instanceTypeFamily: string;
  cpu: number;
  memoryMiB: number;
  creditSpecification: string;
  imageId: string;
  os: OsRecord;
  status: InstanceStatus;
  /** A state change under way; settle() applies it once `at` has passed. Absent = stays put.
   * `then` chains a second step (RunInstances: Pending -> Starting -> Running). */
  transition?: { to: InstanceStatus; at: number; then?: { to: InstanceStatus; at: number } };
  chargeType: ChargeType;
  /** Subscription end (PrePaid only). */
  expiredTime?: number;
  stoppedMode: 'KeepCharging' | 'StopCharging' | 'Not-applicable';
  publicIp?: string;
  internetMaxBandwidthOut: number;
  privateIp: string;
  vpcId: string;
  vSwitchId: string;
  securityGroupId: string;
  keyPairName: string;
  creationTime: number;
  startTime: number;
  locks: LockRecord[];
  resourceGroupId: string;
  tags: TagRecord[];
}

export interface DiskRecord {
  diskId: string;
  diskName: string;
  regionId: string;
  zoneId: string;
  instanceId: string;
  type: DiskType;
  category: string;
  performanceLevel: string;
  sizeGiB: number;
  device: string;
  /** The image a system disk was created from; empty for data disks. */
  imageId: string;
  /** The snapshot a disk was created from (RunInstances from a full image); absent or '' for none. */
  sourceSnapshotId?: string;
  chargeType: ChargeType;
  creationTime: number;
  resourceGroupId: string;
}

export interface SnapshotRecord {
  snapshotId: string;
  snapshotName: string;
  description: string;
  regionId: string;
  sourceDiskId: string;
  sourceDiskType: DiskType;
  sourceDiskSizeGiB: number;
  /** The instance the source disk was attached to when the snapshot began (DescribeSnapshots InstanceId). */
  sourceInstanceId: string;
  usage: 'image' | 'disk' | 'image_disk' | 'none';
  snapshotType: 'user' | 'auto';
  status: SnapshotStatus;
  /** 0-100, whole numbers. */
  progress: number;
  creationTime: number;
  /** How long the snapshot takes in emulated time (PACE in settle.ts). */
  durationMs: number;
  lastModifiedTime: number;
  resourceGroupId: string;
}

export interface DiskDeviceMappingRecord {
  device: string;
  type: DiskType;
  snapshotId: string;
  sizeGiB: number;
}

export interface ImageRecord {
  imageId: string;
  imageName: string;
  description: string;
  regionId: string;
  ownerAlias: ImageOwnerAlias;
  status: ImageStatus;
  progress: number;
  usable: boolean;
  sizeGiB: number;
  creationTime: number;
  os: OsRecord;
  diskDeviceMappings: DiskDeviceMappingRecord[];
  tags: TagRecord[];
  resourceGroupId: string;
  /** For images made from an instance: which one, so a state change there can fail the image. */
  sourceInstanceId?: string;
  /** For images made from existing snapshots: Creating until this instant, then Available. */
  readyAt?: number;
}

export interface RegionState {
  regionId: string;
  instances: InstanceRecord[];
  disks: DiskRecord[];
  snapshots: SnapshotRecord[];
  /** System (public) and custom images alike; ownerAlias tells them apart. */
  images: ImageRecord[];
  /** Custom images allowed in this region (QuotaExceed.Image beyond it). */
  imageQuota: number;
  vpcs: VpcRecord[];
  vSwitches: VSwitchRecord[];
  securityGroups: SecurityGroupRecord[];
  keyPairs: KeyPairRecord[];
  /** Asynchronous tasks DescribeTasks reports (ExportImage). */
  tasks: TaskRecord[];
}

export interface VpcRecord {
  vpcId: string;
  vpcName: string;
  description: string;
  cidrBlock: string;
  isDefault: boolean;
  creationTime: number;
}

export interface VSwitchRecord {
  vSwitchId: string;
  vSwitchName: string;
  description: string;
  vpcId: string;
  zoneId: string;
  /** An IPv4 /24: private IPs of new instances come from it. */
  cidrBlock: string;
  isDefault: boolean;
  creationTime: number;
}

export interface SecurityGroupRecord {
  securityGroupId: string;
  securityGroupName: string;
  description: string;
  vpcId: string;
  creationTime: number;
}

export interface KeyPairRecord {
  keyPairName: string;
  fingerPrint: string;
  creationTime: number;
}

/** A task whose status follows the clock: Processing until creationTime + durationMs, then `outcome`. */
export interface TaskRecord {
  taskId: string;
  taskAction: 'ExportImage';
  resourceId: string;
  creationTime: number;
  durationMs: number;
  outcome: 'Finished' | 'Failed';
}

export interface ClientTokenRecord {
  fingerprint: string;
  imageId: string;
}

export interface AccountState {
  accessKeyId: string;
  /** The numeric account ID ECS shows as ImageOwnerId. */
  ownerId: number;
  regions: Map<string, RegionState>;
  ids: IdFactory;
  /** CreateImage ClientTokens seen by this account. */
  clientTokens: Map<string, ClientTokenRecord>;
  /** Other actions' ClientTokens (RunInstances, ReplaceSystemDisk), keyed `Action|token`: the first answer, replayed. */
  actionClientTokens: Map<string, { fingerprint: string; result: Record<string, unknown> }>;
}
