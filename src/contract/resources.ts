import { z } from 'zod';

/** Resources as the BFF returns them: ECS's facts, flattened and camel-cased, sizes in GiB. */

export const regionSchema = z.object({
  regionId: z.string(),
  localName: z.string(),
  endpoint: z.string(),
  status: z.enum(['available', 'soldOut']),
});
export type Region = z.infer<typeof regionSchema>;

export const zoneSchema = z.object({ zoneId: z.string(), localName: z.string() });
export type Zone = z.infer<typeof zoneSchema>;

export const instanceStatuses = ['Pending', 'Running', 'Starting', 'Stopping', 'Stopped'] as const;
export type InstanceStatus = (typeof instanceStatuses)[number];

export const instanceSchema = z.object({
  instanceId: z.string(),
  instanceName: z.string(),
  description: z.string(),
  status: z.enum(instanceStatuses),
  regionId: z.string(),
  zoneId: z.string(),
  instanceType: z.string(),
  cpu: z.number().int(),
  memoryMiB: z.number().int(),
  osName: z.string(),
  osType: z.enum(['linux', 'windows']),
  imageId: z.string(),
  publicIpAddresses: z.array(z.string()),
  privateIpAddresses: z.array(z.string()),
  chargeType: z.enum(['PrePaid', 'PostPaid']),
  creationTime: z.string(),
  /** Subscription end; empty for pay-as-you-go. */
  expiredTime: z.string(),
  /** ECS OperationLocks reasons: 'security', 'financial', ... Empty when unlocked. */
  lockReasons: z.array(z.string()),
});
export type Instance = z.infer<typeof instanceSchema>;

export const diskSchema = z.object({
  diskId: z.string(),
  diskName: z.string(),
  type: z.enum(['system', 'data']),
  category: z.string(),
  sizeGiB: z.number().int(),
  device: z.string(),
  status: z.string(),
});
export type Disk = z.infer<typeof diskSchema>;

export const imageStatuses = [
  'Creating',
  'Waiting',
  'Available',
  'UnAvailable',
  'CreateFailed',
  'Deprecated',
] as const;
export type ImageStatus = (typeof imageStatuses)[number];

export const tagSchema = z.object({ key: z.string(), value: z.string() });
export type Tag = z.infer<typeof tagSchema>;

export const diskDeviceMappingSchema = z.object({
  device: z.string(),
  type: z.enum(['system', 'data']),
  snapshotId: z.string(),
  sizeGiB: z.number().int(),
});
export type DiskDeviceMapping = z.infer<typeof diskDeviceMappingSchema>;

export const imageSchema = z.object({
  imageId: z.string(),
  imageName: z.string(),
  description: z.string(),
  status: z.enum(imageStatuses),
  /** 0-100, parsed from ECS's "45%". */
  progress: z.number().min(0).max(100),
  usable: z.boolean(),
  sizeGiB: z.number().int(),
  creationTime: z.string(),
  osName: z.string(),
  platform: z.string(),
  architecture: z.string(),
  resourceGroupId: z.string(),
  tags: z.array(tagSchema),
  diskDeviceMappings: z.array(diskDeviceMappingSchema),
});
export type Image = z.infer<typeof imageSchema>;

export const snapshotStatuses = ['progressing', 'accomplished', 'failed'] as const;
export type SnapshotStatus = (typeof snapshotStatuses)[number];

export const snapshotSchema = z.object({
  snapshotId: z.string(),
  snapshotName: z.string(),
  status: z.enum(snapshotStatuses),
  progress: z.number().min(0).max(100),
  sourceDiskId: z.string(),
  sourceDiskType: z.enum(['system', 'data']),
  sourceDiskSizeGiB: z.number().int(),
  usage: z.enum(['image', 'disk', 'image_disk', 'none']),
  creationTime: z.string(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** An image still being made from an instance: what the instance row and the action guard need. */
export const imageBuildSchema = z.object({
  imageId: z.string(),
  imageName: z.string(),
  instanceId: z.string(),
  status: z.enum(imageStatuses),
  progress: z.number().min(0).max(100),
});
export type ImageBuild = z.infer<typeof imageBuildSchema>;
