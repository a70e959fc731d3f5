import { inspect, setImageQuota } from '../emulator';
import {
  ACCOUNT,
  DB_STAGING_02,
  OTHER_ACCOUNT,
  WEB_PROD_01,
  call,
  callError,
  createImage,
  errorOf,
  makeEmulator,
} from '../testkit';

const TOKEN = '123e4567-e89b-12d3-a456-426655440000';

describe('CreateImage ClientToken idempotency', () => {
  it('same token and same parameters returns the same ImageId and makes no second image', () => {
    const emulator = makeEmulator();
    const params = { ImageName: 'idem', ClientToken: TOKEN, 'Tag.1.Key': 'env', 'Tag.1.Value': 'prod' };
    const first = createImage(emulator, params);
    const imagesAfterFirst = inspect(emulator, ACCOUNT).images.length;
    const second = createImage(emulator, params);

    expect(second).toBe(first);
    expect(inspect(emulator, ACCOUNT).images).toHaveLength(imagesAfterFirst);
  });

  it('a retry still gets its ImageId after the image finished and the name is taken', () => {
    const emulator = makeEmulator();
    const first = createImage(emulator, { ImageName: 'idem-late', ClientToken: TOKEN });
    emulator.clock.advance(120);
    expect(createImage(emulator, { ImageName: 'idem-late', ClientToken: TOKEN })).toBe(first);
  });

  it('same token with different parameters is IdempotenceParamNotMatch 400', () => {
    const emulator = makeEmulator();
    createImage(emulator, { ImageName: 'idem-a', ClientToken: TOKEN });
    const error = callError(emulator, 'CreateImage', {
      RegionId: 'cn-hangzhou',
      InstanceId: WEB_PROD_01,
      ImageName: 'idem-b',
      ClientToken: TOKEN,
    });
    expect(errorOf(error)).toEqual({ status: 400, code: 'IdempotenceParamNotMatch' });
  });

  it('different tokens make different images', () => {
    const emulator = makeEmulator();
    const first = createImage(emulator, { InstanceId: WEB_PROD_01, ImageName: 'token-a', ClientToken: 'token-a' });
    const second = createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'token-b', ClientToken: 'token-b' });
    expect(second).not.toBe(first);
  });

  it('a token that failed validation is not remembered', () => {
    const emulator = makeEmulator();
    callError(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', InstanceId: WEB_PROD_01, ImageName: '1bad', ClientToken: TOKEN });
    expect(createImage(emulator, { ImageName: 'good-now', ClientToken: TOKEN })).toMatch(/^m-/);
  });

  it('tokens belong to one account', () => {
    const emulator = makeEmulator();
    const mine = createImage(emulator, { ImageName: 'shared-token', ClientToken: TOKEN });
    const theirs = createImage(emulator, { ImageName: 'shared-token', ClientToken: TOKEN }, { accessKeyId: OTHER_ACCOUNT });
    expect(theirs).not.toBe(mine);
  });

  it('refuses a token longer than 64 characters', () => {
    const error = callError(makeEmulator(), 'CreateImage', {
      RegionId: 'cn-hangzhou',
      InstanceId: WEB_PROD_01,
      ClientToken: 't'.repeat(65),
    });
    expect(errorOf(error)).toEqual({ status: 400, code: 'InvalidParameter' });
  });
});

describe('CreateImage quota (custom images per region)', () => {
  it('defaults to 100 and counts the seeded custom images', () => {
    const emulator = makeEmulator();
    // cn-hangzhou starts with 2 custom images; ap-southeast-1 with none.
    for (let index = 0; index < 98; index += 1) {
      createImage(emulator, { ImageName: `bulk-${index}` });
      emulator.clock.advance(60);
    }
    const error = callError(emulator, 'CreateImage', { RegionId: 'cn-hangzhou', InstanceId: WEB_PROD_01, ImageName: 'one-too-many' });
    expect(errorOf(error)).toEqual({ status: 403, code: 'QuotaExceed.Image' });
    expect(error.message).toBe('The Image Quota exceeds.');
  });

  it('can be set per account and region, and reset restores the default', () => {
    const emulator = makeEmulator();
    setImageQuota(emulator, ACCOUNT, 'cn-hangzhou', 2);
    const params = { RegionId: 'cn-hangzhou', InstanceId: WEB_PROD_01, ImageName: 'over-quota' };

    expect(errorOf(callError(emulator, 'CreateImage', params))).toEqual({ status: 403, code: 'QuotaExceed.Image' });
    expect(call(emulator, 'CreateImage', params, { accessKeyId: OTHER_ACCOUNT })).toHaveProperty('ImageId');
    expect(call(emulator, 'CreateImage', { RegionId: 'ap-southeast-1', InstanceId: 'i-t4nwbhbf1r2ysib1jmhr' })).toHaveProperty('ImageId');

    emulator.reset();
    expect(call(emulator, 'CreateImage', params)).toHaveProperty('ImageId');
  });
});
