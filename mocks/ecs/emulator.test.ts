import { createEmulator, defaultCredentials, inspect, setImageQuota } from './emulator';
import { ACCOUNT, OTHER_ACCOUNT, WEB_PROD_01, call, createImage, describeImages, imageById, instanceById, makeEmulator } from './testkit';
import { DEFAULT_MOCK_ACCESS_KEY_ID, DEFAULT_MOCK_ACCESS_KEY_SECRET } from './types';

describe('createEmulator', () => {
  it('offers the ECS actions the console uses', () => {
    expect(Object.keys(makeEmulator().actions).sort()).toEqual([
      'CreateImage',
      'DeleteImage',
      'DeleteSnapshot',
      'DescribeDisks',
      'DescribeImages',
      'DescribeInstanceTypes',
      'DescribeInstances',
      'DescribeKeyPairs',
      'DescribeRegions',
      'DescribeSecurityGroups',
      'DescribeSnapshots',
      'DescribeTaskAttribute',
      'DescribeTasks',
      'DescribeVSwitches',
      'DescribeVpcs',
      'DescribeZones',
      'ExportImage',
      'RebootInstance',
      'ReplaceSystemDisk',
      'RunInstances',
      'StartInstance',
      'StopInstance',
    ]);
  });

  it('keeps each account apart: one account’s image and stop are invisible to another', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { ImageName: 'only-mine' });
    call(emulator, 'StopInstance', { InstanceId: 'i-bp1xueiddabudqb6fmd9' });

    const mine = describeImages(emulator, { Status: 'ALL', ImageOwnerAlias: 'self' });
    expect(mine.Images.Image.map((image) => image.ImageId)).toContain(imageId);
    const other = call<{ Images: { Image: { ImageId: string }[] } }>(
      emulator,
      'DescribeImages',
      { RegionId: 'cn-hangzhou', Status: 'ALL', ImageOwnerAlias: 'self' },
      { accessKeyId: OTHER_ACCOUNT },
    );
    expect(other.Images.Image.map((image) => image.ImageId)).not.toContain(imageId);
    expect(inspect(emulator, OTHER_ACCOUNT).instances.find((instance) => instance.InstanceName === 'ci-runner-01')?.Status).toBe('Running');
  });

  it('reset() brings every account back to the seed and new IDs repeat', () => {
    const emulator = makeEmulator();
    const firstId = createImage(emulator, { ImageName: 'before-reset' });
    call(emulator, 'StopInstance', { InstanceId: WEB_PROD_01 }, { accessKeyId: ACCOUNT });
    createImage(emulator, { ImageName: 'other-before-reset' }, { accessKeyId: OTHER_ACCOUNT });
    emulator.clock.advance(30);

    emulator.reset();
    expect(inspect(emulator, ACCOUNT).images.map((image) => image.ImageName)).toEqual(['web-prod-baseline', 'db-migration-test']);
    expect(inspect(emulator, OTHER_ACCOUNT).images).toHaveLength(2);
    expect(instanceById(emulator, WEB_PROD_01).Status).toBe('Running');
    expect(createImage(emulator, { ImageName: 'after-reset' })).toBe(firstId);
  });

  it('gives two emulators the same IDs for the same steps, and different accounts different IDs', () => {
    const first = createImage(makeEmulator(), { ImageName: 'repeatable' });
    expect(createImage(makeEmulator(), { ImageName: 'repeatable' })).toBe(first);
    expect(createImage(makeEmulator(), { ImageName: 'repeatable' }, { accessKeyId: OTHER_ACCOUNT })).not.toBe(first);
  });

  it('reset() keeps the clock where it is', () => {
    const emulator = makeEmulator();
    emulator.clock.advance(100);
    const now = emulator.clock.now();
    emulator.reset();
    expect(emulator.clock.now()).toBe(now);
  });
});

describe('inspect', () => {
  it('shows every custom image of an account in any status, with snapshots and instances', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { ImageName: 'inspected' });
    const view = inspect(emulator, ACCOUNT);

    expect(view.images.map((image) => [image.ImageName, image.Status])).toEqual([
      ['web-prod-baseline', 'Available'],
      ['db-migration-test', 'CreateFailed'],
      ['inspected', 'Creating'],
    ]);
    // 4 seeded for images + 6 seeded manual + 3 new
    expect(view.snapshots).toHaveLength(4 + 6 + 3);
    expect(view.instances).toHaveLength(14 + 3);
    expect(imageById(emulator, imageId).Status).toBe('Creating');
  });

  it('refuses an object that is not an emulator', () => {
    const fake = { ...makeEmulator() };
    expect(() => inspect(fake, ACCOUNT)).toThrow(/createEmulator/);
    expect(() => setImageQuota(makeEmulator(), ACCOUNT, 'cn-nowhere', 1)).toThrow(RangeError);
  });
});

describe('defaultCredentials', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('uses MOCK_ECS_ACCESS_KEY_ID / _SECRET when set', () => {
    vi.stubEnv('MOCK_ECS_ACCESS_KEY_ID', 'LTAI5tFromEnv');
    vi.stubEnv('MOCK_ECS_ACCESS_KEY_SECRET', 'env-secret');
    expect([...defaultCredentials()]).toEqual([['LTAI5tFromEnv', 'env-secret']]);
    expect([...createEmulator({ clock: 'manual' }).credentials]).toEqual([['LTAI5tFromEnv', 'env-secret']]);
  });

  it('falls back to the documented defaults', () => {
    vi.stubEnv('MOCK_ECS_ACCESS_KEY_ID', '');
    vi.stubEnv('MOCK_ECS_ACCESS_KEY_SECRET', '');
    expect([...defaultCredentials()]).toEqual([[DEFAULT_MOCK_ACCESS_KEY_ID, DEFAULT_MOCK_ACCESS_KEY_SECRET]]);
  });
});
