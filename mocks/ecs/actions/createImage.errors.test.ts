import { EcsError } from '../types';
import {
  BATCH_WORKER_05,
  BILLING_LEGACY_04,
  SEC_AUDIT_03,
  SG_WEB_01,
  WEB_PROD_01,
  callError,
  errorOf,
  makeEmulator,
  call,
} from '../testkit';

const base = { RegionId: 'cn-hangzhou', InstanceId: WEB_PROD_01, ImageName: 'valid-name' };

function refusal(params: Record<string, string>): { status: number; code: string } {
  return errorOf(callError(makeEmulator(), 'CreateImage', params));
}

describe('CreateImage refusals, with the codes and statuses ECS uses', () => {
  it('requires RegionId and a known region', () => {
    expect(refusal({ InstanceId: WEB_PROD_01 })).toEqual({ status: 400, code: 'MissingParameter.RegionId' });
    expect(refusal({ ...base, RegionId: 'cn-atlantis' })).toEqual({ status: 404, code: 'InvalidRegionId.NotFound' });
  });

  it('requires a source: MissingParameter with ECS message', () => {
    const error = callError(makeEmulator(), 'CreateImage', { RegionId: 'cn-hangzhou', ImageName: 'x1' });
    expect(errorOf(error)).toEqual({ status: 400, code: 'MissingParameter' });
    expect(error.message).toContain('SnapshotId or InstanceId or DiskDeviceMapping');
  });

  it('refuses unknown instances, and instances of another region, with InvalidInstanceId.NotFound 404', () => {
    expect(refusal({ ...base, InstanceId: 'i-bp1doesnotexist00000' })).toEqual({ status: 404, code: 'InvalidInstanceId.NotFound' });
    expect(refusal({ ...base, InstanceId: SG_WEB_01 })).toEqual({ status: 404, code: 'InvalidInstanceId.NotFound' });
  });

  it.each([
    ['too short', 'a'],
    ['starting with a digit', '1image'],
    ['starting with http://', 'http://image'],
    ['starting with aliyun', 'aliyun-image'],
    ['starting with acs:', 'acs:image'],
    ['with a space', 'my image'],
    ['longer than 128', `a${'b'.repeat(128)}`],
  ])('refuses an image name %s with InvalidImageName.Malformed 400', (_label, name) => {
    expect(refusal({ ...base, ImageName: name })).toEqual({ status: 400, code: 'InvalidImageName.Malformed' });
  });

  it('accepts names with Chinese characters, digits, periods, colons, underscores and hyphens', () => {
    const imageId = call<{ ImageId: string }>(makeEmulator(), 'CreateImage', { ...base, ImageName: '镜像web_v1.2:prod-a' }).ImageId;
    expect(imageId).toMatch(/^m-/);
  });

  it.each([
    ['too short', 'x'],
    ['starting with https://', 'https://example.com notes'],
    ['longer than 256', 'd'.repeat(257)],
  ])('refuses a description %s with InvalidDescription.Malformed 400', (_label, description) => {
    expect(refusal({ ...base, Description: description })).toEqual({ status: 400, code: 'InvalidDescription.Malformed' });
  });

  it.each([
    ['a key starting with aliyun', { 'Tag.1.Key': 'aliyun-env', 'Tag.1.Value': 'x' }, 'InvalidTagKey.Malformed'],
    ['a key containing http://', { 'Tag.1.Key': 'see-http://x', 'Tag.1.Value': 'x' }, 'InvalidTagKey.Malformed'],
    ['a value without a key', { 'Tag.1.Value': 'orphan' }, 'InvalidTagKey.Malformed'],
    ['a key over 128 characters', { 'Tag.1.Key': 'k'.repeat(129) }, 'InvalidTagKey.Malformed'],
    ['a value starting with acs:', { 'Tag.1.Key': 'env', 'Tag.1.Value': 'acs:prod' }, 'InvalidTagValue.Malformed'],
    ['a value over 128 characters', { 'Tag.1.Key': 'env', 'Tag.1.Value': 'v'.repeat(129) }, 'InvalidTagValue.Malformed'],
    ['the same key twice', { 'Tag.1.Key': 'env', 'Tag.2.Key': 'env' }, 'Duplicate.TagKey'],
    ['a 21st tag', { 'Tag.21.Key': 'one-too-many' }, 'InvalidTagCount'],
  ])('refuses %s', (_label, tags, code) => {
    expect(refusal({ ...base, ...tags })).toEqual({ status: 400, code });
  });

  it('refuses an unknown resource group with InvalidResourceGroup.NotFound 404', () => {
    expect(refusal({ ...base, ResourceGroupId: 'rg-acfmnotmine000001' })).toEqual({ status: 404, code: 'InvalidResourceGroup.NotFound' });
  });

  it('refuses a security-locked instance with InstanceLockedForSecurity 400', () => {
    expect(refusal({ ...base, InstanceId: SEC_AUDIT_03 })).toEqual({ status: 400, code: 'InstanceLockedForSecurity' });
  });

  it('refuses an expired subscription instance with InstanceExpiredOrInArrears 403 (inferred code)', () => {
    expect(refusal({ ...base, InstanceId: BILLING_LEGACY_04 })).toEqual({ status: 403, code: 'InstanceExpiredOrInArrears' });
  });

  it('refuses an instance that is neither Running nor Stopped with IncorrectInstanceStatus 400', () => {
    expect(refusal({ ...base, InstanceId: BATCH_WORKER_05 })).toEqual({ status: 400, code: 'IncorrectInstanceStatus' });
    const emulator = makeEmulator();
    call(emulator, 'StopInstance', { InstanceId: WEB_PROD_01 });
    expect(errorOf(callError(emulator, 'CreateImage', base))).toEqual({ status: 400, code: 'IncorrectInstanceStatus' });
  });

  it('refuses a name already used by a custom image of the region, even a failed one', () => {
    expect(refusal({ ...base, ImageName: 'web-prod-baseline' })).toEqual({ status: 400, code: 'InvalidImageName.Duplicated' });
    expect(refusal({ ...base, ImageName: 'db-migration-test' })).toEqual({ status: 400, code: 'InvalidImageName.Duplicated' });
  });

  it('says what is wrong in ECS words', () => {
    const error = callError(makeEmulator(), 'CreateImage', { ...base, ImageName: '1bad' });
    expect(error).toBeInstanceOf(EcsError);
    expect(error.message).toBe('The specified Image name is wrongly formed.');
  });
});
