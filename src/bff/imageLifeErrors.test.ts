import { EcsCallError } from './ecs/port';
import { fromEcsCallError } from './errors';
import { DATA_DISK_IMAGE_REFUSED } from './imageLifeErrors';

const ecsError = (action: string, ecsCode: string, httpStatus: number, message = 'ECS says no.') =>
  new EcsCallError({ action, ecsCode, message, requestId: 'REQ-3', httpStatus });

describe('ECS errors of the image-life actions -> the console answer', () => {
  it.each([
    ['CreateImage', 'InvalidSnapshotId.NotReady', 403, 409, 'Conflict', undefined],
    ['CreateImage', 'InvalidSize.ValueNotSupported', 400, 400, 'InvalidInput', 'dataDisks'],
    ['CreateImage', 'InvalidDevice.InUse', 400, 400, 'InvalidInput', 'dataDisks'],
    ['ReplaceSystemDisk', 'IncorrectInstanceStatus', 403, 409, 'Conflict', undefined],
    ['ReplaceSystemDisk', 'InvalidImageId.NotFound', 404, 400, 'InvalidInput', 'imageId'],
    ['ReplaceSystemDisk', 'InvalidSystemDiskSize.LessThanImageSize', 404, 400, 'InvalidInput', 'systemDiskSizeGiB'],
    ['ReplaceSystemDisk', 'InvalidPassword.Malformed', 400, 400, 'InvalidInput', 'password'],
    ['DeleteImage', 'ImageUsingByInstance', 403, 409, 'Conflict', undefined],
    ['DeleteImage', 'InvalidImageId.NotFound', 404, 404, 'NotFound', undefined],
    ['ExportImage', 'IncorrectImageStatus', 400, 409, 'Conflict', undefined],
    ['ExportImage', 'ImageIsExporting', 403, 409, 'Conflict', undefined],
    ['ExportImage', 'InvalidImage.DiskAmountOrSize', 400, 409, 'Conflict', undefined],
    ['ExportImage', 'InvalidOSSBucket.NotFound', 400, 400, 'InvalidInput', 'ossBucket'],
    ['ExportImage', 'InvalidOSSPrefix.Malformed', 400, 400, 'InvalidInput', 'ossPrefix'],
    ['ExportImage', 'InvalidImageFormat.Malformed', 400, 400, 'InvalidInput', 'format'],
    ['ExportImage', 'NoSetRoletoECSServiceAcount', 403, 403, 'Forbidden', undefined],
    ['RunInstances', 'InvalidVSwitchId.NotFound', 400, 400, 'InvalidInput', 'vSwitchId'],
    ['RunInstances', 'InvalidSecurityGroupId.NotFound', 400, 400, 'InvalidInput', 'securityGroupId'],
    ['RunInstances', 'InvalidInstanceType.ValueNotSupported', 400, 400, 'InvalidInput', 'instanceType'],
    ['RunInstances', 'InvalidPassword.Malformed', 400, 400, 'InvalidInput', 'password'],
    ['RunInstances', 'InvalidDataDiskSize.ValueNotSupported', 400, 400, 'InvalidInput', 'dataDisks'],
    ['RunInstances', 'InvalidSystemDiskSize.LessThanImageSize', 400, 400, 'InvalidInput', 'systemDiskSizeGiB'],
    ['RunInstances', 'InvalidImageId.NotFound', 404, 404, 'NotFound', undefined],
  ])('%s %s (ECS %i) -> %i %s %s', (action, code, ecsStatus, status, apiCode, field) => {
    const answer = fromEcsCallError(ecsError(action, code, ecsStatus));
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code: apiCode, ecsCode: code, requestId: 'REQ-3' });
    expect(answer.body.field).toBe(field);
    expect(answer.body.message).toContain('ECS says no.');
  });

  it('explains a data-disk image refused by ReplaceSystemDisk in the console words, on the imageId field', () => {
    const answer = fromEcsCallError(ecsError('ReplaceSystemDisk', 'OperationDenied', 400, 'The specified image contains the snapshot of the data disk,does not support this operation.'));
    expect(answer.status).toBe(409);
    expect(answer.body.field).toBe('imageId');
    expect(answer.body.message.startsWith(DATA_DISK_IMAGE_REFUSED)).toBe(true);
  });

  it('says that Force deletes an image instances still use', () => {
    const answer = fromEcsCallError(ecsError('DeleteImage', 'ImageUsingByInstance', 403));
    expect(answer.body.message).toMatch(/instances are using this image/i);
    expect(answer.body.message).toContain('Force');
  });

  it('names the system or the data-disk snapshot ECS does not know, from its mapping index', () => {
    const system = fromEcsCallError(ecsError('CreateImage', 'InvalidSnapshotId.NotFound', 404, 'DiskDeviceMapping.1.SnapshotId does not exist.'));
    expect(system).toMatchObject({ status: 400, body: { field: 'systemSnapshotId' } });
    const data = fromEcsCallError(ecsError('CreateImage', 'InvalidSnapshotId.NotFound', 404, 'DiskDeviceMapping.3.SnapshotId does not exist.'));
    expect(data.body.field).toBe('dataDisks');
  });

  it('keeps the general answers of the spine for the spine actions', () => {
    expect(fromEcsCallError(ecsError('StopInstance', 'IncorrectInstanceStatus', 403)).body.message).toContain(
      "The instance's current status does not allow this operation.",
    );
    expect(fromEcsCallError(ecsError('CreateImage', 'OperationDenied', 403)).status).toBe(422);
  });
});
