/**
 * Helpers for the emulator's own tests: a manual-clock emulator and typed calls to its actions.
 * The wire types name only the fields tests read.
 */
import { createEmulator } from './emulator';
import { EcsError, type ActionContext, type EcsParams, type Emulator } from './types';

export const ACCOUNT = 'LTAI5tEmulatorTestsA';
export const OTHER_ACCOUNT = 'LTAI5tEmulatorTestsB';
export const HANGZHOU = 'cn-hangzhou';

/** Seeded instances the tests lean on (seed/README.md lists them all). */
export const WEB_PROD_01 = 'i-bp1vkt9yt56c9hg9cnbc';
export const DB_STAGING_02 = 'i-bp1s72s6ov5qm065gimb';
export const SEC_AUDIT_03 = 'i-bp14t4sexst19wy5l7r5';
export const BILLING_LEGACY_04 = 'i-bp1bmhp227n3tseusdja';
export const BATCH_WORKER_05 = 'i-bp1ag1202obhyyqwika5';
export const CI_RUNNER_01 = 'i-bp1xueiddabudqb6fmd9';
export const SG_WEB_01 = 'i-t4nwbhbf1r2ysib1jmhr';

export function makeEmulator(): Emulator {
  return createEmulator({ clock: 'manual', credentials: new Map([[ACCOUNT, 'secret-a'], [OTHER_ACCOUNT, 'secret-b']]) });
}

export function call<T = Record<string, unknown>>(
  emulator: Emulator,
  action: string,
  params: EcsParams = {},
  ctx: Partial<ActionContext> = {},
): T {
  const handler = emulator.actions[action];
  if (!handler) throw new Error(`No action ${action}`);
  return handler({ accessKeyId: ACCOUNT, hostRegionId: undefined, requestId: 'TEST-REQUEST', ...ctx }, params) as T;
}

/** The EcsError an action throws; fails the test if it does not throw one. */
export function callError(emulator: Emulator, action: string, params: EcsParams = {}, ctx: Partial<ActionContext> = {}): EcsError {
  try {
    call(emulator, action, params, ctx);
  } catch (error) {
    if (error instanceof EcsError) return error;
    throw error;
  }
  throw new Error(`${action} did not fail`);
}

export function errorOf(error: EcsError): { status: number; code: string } {
  return { status: error.status, code: error.code };
}

export interface TagWire {
  TagKey: string;
  TagValue: string;
}

export interface ImageWire {
  ImageId: string;
  ImageName: string;
  Description: string;
  ImageOwnerAlias: string;
  Status: string;
  Progress: string;
  Usable: boolean;
  Size: number;
  CreationTime: string;
  OSType: string;
  OSName: string;
  Platform: string;
  ResourceGroupId: string;
  DiskDeviceMappings: { DiskDeviceMapping: { Device: string; Type: string; SnapshotId: string; Size: string }[] };
  Tags: { Tag: TagWire[] };
}

export interface SnapshotWire {
  SnapshotId: string;
  Status: string;
  Progress: string;
  RemainTime: number;
  SourceDiskId: string;
  SourceDiskType: string;
  SourceDiskSize: string;
  Usage: string;
  SnapshotType: string;
}

export interface InstanceWire {
  InstanceId: string;
  InstanceName: string;
  Status: string;
  ZoneId: string;
  Cpu: number;
  Memory: number;
  CreationTime: string;
  ExpiredTime: string;
  InstanceChargeType: string;
  OSType: string;
  ImageId: string;
  PublicIpAddress: { IpAddress: string[] };
  VpcAttributes: { PrivateIpAddress: { IpAddress: string[] } };
  OperationLocks: { LockReason: { LockReason: string }[] };
}

export interface DiskWire {
  DiskId: string;
  Type: string;
  Category: string;
  Size: number;
  Device: string;
  Status: string;
  InstanceId: string;
}

export interface Paged {
  TotalCount: number;
  PageNumber?: number;
  PageSize?: number;
  NextToken?: string;
}

export function describeImages(emulator: Emulator, params: EcsParams = {}): Paged & { Images: { Image: ImageWire[] } } {
  return call(emulator, 'DescribeImages', { RegionId: HANGZHOU, ...params });
}

export function describeSnapshots(emulator: Emulator, params: EcsParams = {}): Paged & { Snapshots: { Snapshot: SnapshotWire[] } } {
  return call(emulator, 'DescribeSnapshots', { RegionId: HANGZHOU, ...params });
}

export function describeInstances(emulator: Emulator, params: EcsParams = {}): Paged & { Instances: { Instance: InstanceWire[] } } {
  return call(emulator, 'DescribeInstances', { RegionId: HANGZHOU, ...params });
}

export function describeDisks(emulator: Emulator, params: EcsParams = {}): Paged & { Disks: { Disk: DiskWire[] } } {
  return call(emulator, 'DescribeDisks', { RegionId: HANGZHOU, ...params });
}

export function createImage(emulator: Emulator, params: EcsParams = {}, ctx: Partial<ActionContext> = {}): string {
  return call<{ ImageId: string }>(emulator, 'CreateImage', { RegionId: HANGZHOU, InstanceId: WEB_PROD_01, ...params }, ctx).ImageId;
}

/** One image in any status, as DescribeImages shows it. */
export function imageById(emulator: Emulator, imageId: string, ctx: Partial<ActionContext> = {}): ImageWire {
  const images = call<{ Images: { Image: ImageWire[] } }>(
    emulator,
    'DescribeImages',
    { RegionId: HANGZHOU, ImageId: imageId, Status: 'ALL' },
    ctx,
  ).Images.Image;
  const [image] = images;
  if (!image || images.length !== 1) throw new Error(`Expected exactly one image ${imageId}`);
  return image;
}

export function instanceById(emulator: Emulator, instanceId: string, regionId = HANGZHOU): InstanceWire {
  const [instance] = describeInstances(emulator, { RegionId: regionId, InstanceIds: JSON.stringify([instanceId]) }).Instances.Instance;
  if (!instance) throw new Error(`No instance ${instanceId}`);
  return instance;
}

export function snapshotsOfImage(emulator: Emulator, image: ImageWire): SnapshotWire[] {
  const ids = image.DiskDeviceMappings.DiskDeviceMapping.map((mapping) => mapping.SnapshotId);
  return describeSnapshots(emulator, { SnapshotIds: JSON.stringify(ids) }).Snapshots.Snapshot;
}
