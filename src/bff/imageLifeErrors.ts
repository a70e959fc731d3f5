import type { ApiErrorCode } from '../contract';
import type { EcsCallError } from './ecs/port';

/**
 * ECS errors of the image-life actions (issue 3) -> the console's answer. errors.ts asks here
 * first; undefined means "use the general rules". The same ECS code can mean different things per
 * action (OperationDenied on ReplaceSystemDisk is about the image's data disks), hence the action.
 */
export interface ImageLifeClassification {
  status: number;
  code: ApiErrorCode;
  field?: string;
  /** Replaces the general explanation for the code. */
  explanation: string;
}

export const DATA_DISK_IMAGE_REFUSED = 'You cannot use a custom image which contains data disks to replace the system disk.';
export const IMAGE_IN_USE =
  'Instances are using this image, so ECS keeps it. Delete it anyway with Force: the instances keep running, but you can no longer re-initialize their system disks from it.';

/** ECS parameter (as named in its error codes) -> the request body field, per action. */
const FIELDS_BY_ACTION: Record<string, Record<string, string>> = {
  RunInstances: {
    VSwitchId: 'vSwitchId',
    SecurityGroupId: 'securityGroupId',
    InstanceType: 'instanceType',
    Password: 'password',
    KeyPairName: 'keyPairName',
    ZoneId: 'zoneId',
    InstanceName: 'instanceName',
    Amount: 'amount',
    DataDisk: 'dataDisks',
    DataDiskSize: 'dataDisks',
    DataDiskCategory: 'dataDisks',
    DiskSize: 'dataDisks',
    DataDevice: 'dataDisks',
    DataDiskSnapshotId: 'dataDisks',
    Device: 'dataDisks',
    // InvalidParameter.Mismatch: the security group is not in the vSwitch's VPC.
    Mismatch: 'securityGroupId',
    SystemDisk: 'systemDiskSizeGiB',
    SystemDiskSize: 'systemDiskSizeGiB',
  },
  ReplaceSystemDisk: {
    ImageId: 'imageId',
    Password: 'password',
    KeyPairName: 'keyPairName',
    SystemDisk: 'systemDiskSizeGiB',
    SystemDiskSize: 'systemDiskSizeGiB',
  },
  ExportImage: { OSSBucket: 'ossBucket', OSSPrefix: 'ossPrefix', ImageFormat: 'format' },
  CreateImage: { Size: 'dataDisks', Device: 'dataDisks', DiskType: 'dataDisks', Architecture: 'architecture', Platform: 'platform' },
};

/** `InvalidVSwitchId.NotFound` -> ['VSwitchId', 'NotFound']. */
const parametersOf = (ecsCode: string) => ecsCode.replace(/^(Invalid|Missing)(Parameter|Paramter)?\.?/, '').split('.');

const conflict = (explanation: string, field?: string): ImageLifeClassification => ({
  status: 409,
  code: 'Conflict',
  explanation,
  ...(field ? { field } : {}),
});

/** ECS's message names the mapping (DiskDeviceMapping.2.SnapshotId): the first is the system disk. */
function snapshotField(message: string): string {
  const index = /DiskDeviceMapping\.(\d+)/.exec(message)?.[1];
  return index !== undefined && index !== '1' ? 'dataDisks' : 'systemSnapshotId';
}

export function classifyImageLifeError(error: EcsCallError): ImageLifeClassification | undefined {
  const { action, ecsCode } = error;

  if (action === 'ReplaceSystemDisk' && ecsCode.startsWith('OperationDenied') && !ecsCode.includes('UnpaidOrder'))
    return conflict(DATA_DISK_IMAGE_REFUSED, 'imageId');
  if (action === 'ReplaceSystemDisk' && ecsCode === 'IncorrectInstanceStatus')
    return conflict('The system disk can be replaced only while the instance is Stopped. Stop the instance first.');
  if (ecsCode === 'ImageUsingByInstance') return conflict(IMAGE_IN_USE);
  if (ecsCode === 'IncorrectImageStatus') return conflict('The image is not Available, so ECS cannot do this with it now.');
  if (ecsCode === 'ImageIsExporting') return conflict('The image is being exported. Wait until the export task is Finished.');
  if (ecsCode === 'ImageIsImporting') return conflict('The image is still being imported.');
  if (ecsCode === 'OperationDenied.ImageCopying') return conflict('The image is being copied. Wait until the copy is done.');
  if (ecsCode === 'ImageUseShared') return conflict('The image is shared with other accounts. Stop sharing it first.');
  if (ecsCode === 'InvalidImage.DiskAmountOrSize')
    return conflict('ECS exports images with at most 4 data disks, each at most 500 GiB; this image has more or larger ones.');
  if (ecsCode === 'InvalidSnapshotId.NotReady')
    return conflict('A snapshot is not finished yet. An image can be made only from accomplished snapshots; wait and try again.');
  if (ecsCode === 'InvalidSnapshotId.NotFound' && action === 'CreateImage')
    return { status: 400, code: 'InvalidInput', field: snapshotField(error.message), explanation: 'ECS does not know this snapshot.' };
  if (ecsCode === 'NoSetRoletoECSServiceAcount')
    return {
      status: 403,
      code: 'Forbidden',
      explanation:
        'ECS needs the RAM role AliyunECSImageExportDefaultRole (policy AliyunECSImageExportRolePolicy) to write to OSS. Ask an administrator to create it.',
    };

  if (action === 'RunInstances' && ecsCode === 'InstanceDiskNumber.LimitExceed')
    return { status: 400, code: 'InvalidInput', field: 'dataDisks', explanation: 'An instance can have at most 16 data disks.' };

  const fields = FIELDS_BY_ACTION[action];
  if (!fields || !/^(Invalid|Missing)/.test(ecsCode)) return undefined;
  for (const name of parametersOf(ecsCode)) {
    const field = fields[name];
    if (field) return { status: 400, code: 'InvalidInput', field, explanation: `ECS did not accept ${field}.` };
  }
  return undefined;
}
