import { descriptionProblem } from '../../../src/contract/imageRules';
import { instanceNameProblem, passwordProblem } from '../../../src/contract/imageLifeRules';
import { invalidParameter } from '../errors';
import type { TagRecord } from '../model';
import { bool, integer, oneOf, optional, tagsOf } from '../params';
import { EcsError, type EcsParams } from '../types';
import { missingParameterPlain } from './clientToken';

export const DISK_CATEGORIES = ['cloud_efficiency', 'cloud_ssd', 'cloud_essd', 'cloud_auto', 'cloud_essd_entry'] as const;
export type DiskCategory = (typeof DISK_CATEGORIES)[number];
/** DataDisk.N: N from 1 to 16. */
export const MAX_REQUESTED_DATA_DISKS = 16;

/** One `DataDisk.N.*` of RunInstances. */
export interface DataDiskRequest {
  n: number;
  sizeGiB: number | undefined;
  category: DiskCategory | undefined;
  snapshotId: string | undefined;
  device: string | undefined;
}

export interface RunInstancesInput {
  imageId: string;
  instanceType: string;
  zoneId: string | undefined;
  vSwitchId: string | undefined;
  securityGroupId: string | undefined;
  instanceName: string | undefined;
  uniqueSuffix: boolean;
  description: string;
  password: string | undefined;
  keyPairName: string | undefined;
  amount: number;
  internetMaxBandwidthOut: number;
  systemDiskSizeGiB: number | undefined;
  systemDiskCategory: DiskCategory;
  dataDisks: DataDiskRequest[];
  tags: TagRecord[];
  resourceGroupId: string | undefined;
  dryRun: boolean;
}

/** RunInstances' parameters, checked on their own before any resource is looked up. */
export function readRunInstancesInput(params: EcsParams): RunInstancesInput {
  const imageId = optional(params, 'ImageId');
  if (imageId === undefined) throw missingParameterPlain('ImageId');
  const instanceType = optional(params, 'InstanceType');
  if (instanceType === undefined) throw missingParameterPlain('InstanceType');
  const amount = integer(params, 'Amount') ?? 1;
  if (amount < 1 || amount > 100) throw invalidParameter('Amount');
  const instanceName = optional(params, 'InstanceName');
  if (instanceName !== undefined && instanceNameProblem(instanceName)) {
    throw new EcsError(400, 'InvalidInstanceName.Malformed', 'The specified parameter "InstanceName" is not valid.');
  }
  const description = optional(params, 'Description') ?? '';
  if (description !== '' && descriptionProblem(description)) {
    throw new EcsError(400, 'InvalidDescription.Malformed', 'The specified description is wrongly formed.');
  }
  const password = optional(params, 'Password');
  if (password !== undefined && passwordProblem(password)) {
    throw new EcsError(400, 'InvalidPassword.Malformed', 'The specified parameter "Password" is not valid.');
  }
  const chargeType = optional(params, 'InstanceChargeType') ?? 'PostPaid';
  if (chargeType === 'PrePaid') {
    // Emulator limit: the console creates pay-as-you-go instances only.
    throw new EcsError(400, 'InvalidParameter', 'This emulator creates pay-as-you-go (PostPaid) instances only.');
  }
  oneOf(chargeType, ['PostPaid'], () => new EcsError(404, 'InvalidInstanceChargeType.NotFound', 'The InstanceChargeType does not exist in our records'));
  const bandwidth = integer(params, 'InternetMaxBandwidthOut') ?? 0;
  if (bandwidth < 0 || bandwidth > 100) {
    throw new EcsError(400, 'InvalidInternetMaxBandwidthOut.Malformed', 'The specified parameter internetMaxBandwidthOut is not valid.');
  }
  const systemDiskSize = optional(params, 'SystemDisk.Size');
  if (systemDiskSize !== undefined && !/^\d+$/.test(systemDiskSize)) {
    throw new EcsError(400, 'InvalidSystemDiskSize.ValueNotSupported', 'The specified parameter "SystemDisk.Size" is not valid.');
  }
  return {
    imageId,
    instanceType,
    zoneId: optional(params, 'ZoneId'),
    vSwitchId: optional(params, 'VSwitchId'),
    securityGroupId: optional(params, 'SecurityGroupId'),
    instanceName,
    uniqueSuffix: bool(params, 'UniqueSuffix'),
    description,
    password,
    keyPairName: optional(params, 'KeyPairName'),
    amount,
    internetMaxBandwidthOut: bandwidth,
    systemDiskSizeGiB: systemDiskSize === undefined ? undefined : Number(systemDiskSize),
    systemDiskCategory: categoryOf(params, 'SystemDisk.Category', 'InvalidSystemDiskCategory.ValueNotSupported') ?? 'cloud_essd',
    dataDisks: readDataDisks(params),
    tags: tagsOf(params),
    resourceGroupId: optional(params, 'ResourceGroupId'),
    dryRun: bool(params, 'DryRun'),
  };
}

function categoryOf(params: EcsParams, name: string, code: string): DiskCategory | undefined {
  const value = optional(params, name);
  if (value === undefined) return undefined;
  return oneOf(value, DISK_CATEGORIES, () => new EcsError(400, code, `The specified parameter "${name}" is not valid.`));
}

function readDataDisks(params: EcsParams): DataDiskRequest[] {
  const indexes = new Set<number>();
  for (const [name, value] of Object.entries(params)) {
    const match = /^DataDisk\.(\d+)\.\w+$/.exec(name);
    if (!match || value === '') continue;
    const n = Number(match[1]);
    if (n < 1 || n > MAX_REQUESTED_DATA_DISKS) {
      throw new EcsError(400, 'InstanceDiskNumber.LimitExceed', 'The total number of specified disk in an instance exceeds.');
    }
    indexes.add(n);
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((n) => {
      const size = optional(params, `DataDisk.${n}.Size`);
      if (size !== undefined && !/^\d+$/.test(size)) throw invalidDataDiskSize();
      return {
        n,
        sizeGiB: size === undefined ? undefined : Number(size),
        category: categoryOf(params, `DataDisk.${n}.Category`, 'InvalidDataDiskCategory.ValueNotSupported'),
        snapshotId: optional(params, `DataDisk.${n}.SnapshotId`),
        device: optional(params, `DataDisk.${n}.Device`),
      };
    });
}

export function invalidDataDiskSize(): EcsError {
  return new EcsError(
    400,
    'InvalidDataDiskSize.ValueNotSupported',
    'The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category.',
  );
}
