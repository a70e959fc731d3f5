import { callError, createImage, describeImages, errorOf, makeEmulator } from '../testkit';

const SYSTEM_IMAGE_COUNT = 6;

function ids(response: ReturnType<typeof describeImages>): string[] {
  return response.Images.Image.map((image) => image.ImageId);
}

describe('DescribeImages', () => {
  it('defaults to Status=Available: a Creating image is hidden until asked for', () => {
    const emulator = makeEmulator();
    const imageId = createImage(emulator, { ImageName: 'hidden-while-creating' });

    expect(ids(describeImages(emulator, { ImageOwnerAlias: 'self' }))).not.toContain(imageId);
    expect(ids(describeImages(emulator, { ImageOwnerAlias: 'self', Status: 'ALL' }))).toContain(imageId);
    expect(ids(describeImages(emulator, { ImageOwnerAlias: 'self', Status: 'Creating' }))).toEqual([imageId]);

    emulator.clock.advance(60);
    expect(ids(describeImages(emulator, { ImageOwnerAlias: 'self' }))).toContain(imageId);
  });

  it('takes a comma list of statuses', () => {
    const emulator = makeEmulator();
    const names = describeImages(emulator, { ImageOwnerAlias: 'self', Status: 'Available,CreateFailed' }).Images.Image.map(
      (image) => `${image.ImageName}:${image.Status}`,
    );
    expect(names).toEqual(['db-migration-test:CreateFailed', 'web-prod-baseline:Available']);
  });

  it('refuses an unknown status, and ALL combined with another', () => {
    const emulator = makeEmulator();
    expect(errorOf(callError(emulator, 'DescribeImages', { RegionId: 'cn-hangzhou', Status: 'Ready' }))).toEqual({
      status: 400,
      code: 'InvalidParameter',
    });
    expect(callError(emulator, 'DescribeImages', { RegionId: 'cn-hangzhou', Status: 'ALL,Available' }).code).toBe('InvalidParameter');
  });

  it('splits images by owner: system (public), self (custom), and both when empty', () => {
    const emulator = makeEmulator();
    const system = describeImages(emulator, { ImageOwnerAlias: 'system', PageSize: '100' });
    expect(system.TotalCount).toBe(SYSTEM_IMAGE_COUNT);
    expect(system.Images.Image.every((image) => image.ImageOwnerAlias === 'system')).toBe(true);
    expect(ids(system)).toEqual(
      expect.arrayContaining([
        'aliyun_3_x64_20G_alibase_20250117.vhd',
        'ubuntu_22_04_x64_20G_alibase_20250113.vhd',
        'win2022_21H2_x64_dtc_en-us_40G_alibase_20250115.vhd',
      ]),
    );
    expect(describeImages(emulator, { ImageOwnerAlias: 'self' }).TotalCount).toBe(1);
    expect(describeImages(emulator, { ImageOwnerAlias: 'marketplace' }).TotalCount).toBe(0);
    expect(describeImages(emulator, { PageSize: '100' }).TotalCount).toBe(SYSTEM_IMAGE_COUNT + 1);
  });

  it('refuses an unknown owner alias', () => {
    const error = callError(makeEmulator(), 'DescribeImages', { RegionId: 'cn-hangzhou', ImageOwnerAlias: 'mine' });
    expect(errorOf(error)).toEqual({ status: 400, code: 'InvalidImageOwnerAlias.ValueNotSupported' });
  });

  it('finds images by ID (comma list), by name (substring or * pattern) and by snapshot', () => {
    const emulator = makeEmulator();
    const all = { Status: 'ALL', PageSize: '100' };
    expect(ids(describeImages(emulator, { ...all, ImageId: 'm-bp1do1thh73546fk0ma4,m-bp1z0qw4hwgzvzojbpyn,m-unknown' }))).toEqual([
      'm-bp1z0qw4hwgzvzojbpyn',
      'm-bp1do1thh73546fk0ma4',
    ]);
    expect(ids(describeImages(emulator, { ...all, ImageName: 'baseline' }))).toEqual(['m-bp1do1thh73546fk0ma4']);
    expect(ids(describeImages(emulator, { ...all, ImageName: 'WEB-PROD' }))).toEqual(['m-bp1do1thh73546fk0ma4']);
    expect(ids(describeImages(emulator, { ...all, ImageName: 'db*test' }))).toEqual(['m-bp1z0qw4hwgzvzojbpyn']);
    expect(ids(describeImages(emulator, { ...all, SnapshotId: 's-bp1vsykppga1zckanfb2' }))).toEqual(['m-bp1do1thh73546fk0ma4']);
  });

  it('filters by OSType and Architecture', () => {
    const emulator = makeEmulator();
    const windows = describeImages(emulator, { OSType: 'windows' }).Images.Image;
    expect(windows.map((image) => image.ImageId)).toEqual(['win2022_21H2_x64_dtc_en-us_40G_alibase_20250115.vhd']);
    expect(ids(describeImages(emulator, { Architecture: 'arm64' }))).toEqual(['aliyun_3_arm64_20G_alibase_20250117.vhd']);
  });

  it('pages with PageNumber (default 1) and PageSize (default 10, at most 100), newest first', () => {
    const emulator = makeEmulator();
    for (let index = 0; index < 12; index += 1) {
      createImage(emulator, { ImageName: `page-${String(index).padStart(2, '0')}` });
      emulator.clock.advance(60);
    }
    const firstPage = describeImages(emulator, { ImageOwnerAlias: 'self' });
    expect(firstPage).toMatchObject({ TotalCount: 13, PageNumber: 1, PageSize: 10 });
    expect(firstPage.Images.Image[0]?.ImageName).toBe('page-11');
    const secondPage = describeImages(emulator, { ImageOwnerAlias: 'self', PageNumber: '2' });
    expect(secondPage.Images.Image.map((image) => image.ImageName)).toEqual(['page-01', 'page-00', 'web-prod-baseline']);
    expect(describeImages(emulator, { ImageOwnerAlias: 'self', PageSize: '500' }).PageSize).toBe(100);
    expect(describeImages(emulator, { ImageOwnerAlias: 'self', PageNumber: '9' }).Images.Image).toEqual([]);
    expect(callError(emulator, 'DescribeImages', { RegionId: 'cn-hangzhou', PageNumber: '0' }).code).toBe('InvalidParameter');
  });

  it('gives every region its system images, and a region with no custom images none', () => {
    const emulator = makeEmulator();
    expect(describeImages(emulator, { RegionId: 'eu-central-1' }).TotalCount).toBe(SYSTEM_IMAGE_COUNT);
    expect(describeImages(emulator, { RegionId: 'eu-central-1', ImageOwnerAlias: 'self', Status: 'ALL' }).TotalCount).toBe(0);
  });
});
