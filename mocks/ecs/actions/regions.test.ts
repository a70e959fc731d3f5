import { call, callError, errorOf, makeEmulator } from '../testkit';

interface RegionWire {
  RegionId: string;
  LocalName: string;
  RegionEndpoint: string;
  Status: string;
}

interface ZoneWire {
  ZoneId: string;
  LocalName: string;
  AvailableDiskCategories?: { DiskCategories: string[] };
}

function regions(params: Record<string, string> = {}): RegionWire[] {
  return call<{ Regions: { Region: RegionWire[] } }>(makeEmulator(), 'DescribeRegions', params).Regions.Region;
}

function zones(params: Record<string, string>): ZoneWire[] {
  return call<{ Zones: { Zone: ZoneWire[] } }>(makeEmulator(), 'DescribeZones', params).Zones.Zone;
}

describe('DescribeRegions', () => {
  it('lists every confirmed ECS region with English names under AcceptLanguage=en-US', () => {
    const list = regions({ AcceptLanguage: 'en-US' });
    expect(list).toHaveLength(32);
    expect(list).toContainEqual({
      RegionId: 'cn-hangzhou',
      LocalName: 'China (Hangzhou)',
      RegionEndpoint: 'ecs.cn-hangzhou.aliyuncs.com',
      Status: 'available',
    });
    expect(list.find((region) => region.RegionId === 'ap-southeast-1')?.LocalName).toBe('Singapore');
    expect(list.find((region) => region.RegionId === 'eu-central-1')?.LocalName).toBe('Germany (Frankfurt)');
    expect(list.map((region) => region.RegionId)).not.toContain('ap-southeast-8');
    expect(list.map((region) => region.RegionId)).not.toContain('us-southeast-1');
  });

  it('gives Chinese names by default (zh-CN)', () => {
    const list = regions();
    expect(list.find((region) => region.RegionId === 'cn-hangzhou')?.LocalName).toBe('华东1（杭州）');
    expect(list.find((region) => region.RegionId === 'cn-beijing')?.LocalName).toBe('华北2（北京）');
    expect(list.find((region) => region.RegionId === 'ap-southeast-1')?.LocalName).toBe('新加坡');
  });

  it('refuses an unknown language with InvalidAcceptLanguage.NotFound 404', () => {
    expect(errorOf(callError(makeEmulator(), 'DescribeRegions', { AcceptLanguage: 'xx-XX' }))).toEqual({
      status: 404,
      code: 'InvalidAcceptLanguage.NotFound',
    });
  });
});

describe('DescribeZones', () => {
  it('lists the seeded zones of cn-hangzhou and ap-southeast-1 with English names', () => {
    expect(zones({ RegionId: 'cn-hangzhou', AcceptLanguage: 'en-US' }).map((zone) => [zone.ZoneId, zone.LocalName])).toEqual([
      ['cn-hangzhou-h', 'Hangzhou Zone H'],
      ['cn-hangzhou-i', 'Hangzhou Zone I'],
      ['cn-hangzhou-j', 'Hangzhou Zone J'],
      ['cn-hangzhou-k', 'Hangzhou Zone K'],
    ]);
    expect(zones({ RegionId: 'ap-southeast-1', AcceptLanguage: 'en-US' }).map((zone) => zone.ZoneId)).toEqual([
      'ap-southeast-1a',
      'ap-southeast-1b',
      'ap-southeast-1c',
    ]);
  });

  it('gives every region at least two zones, Chinese names by default', () => {
    const list = zones({ RegionId: 'me-central-1' });
    expect(list.map((zone) => zone.ZoneId)).toEqual(['me-central-1a', 'me-central-1b']);
    expect(zones({ RegionId: 'cn-hangzhou' })[0]?.LocalName).toBe('杭州 可用区H');
  });

  it('includes the available resources unless Verbose=false', () => {
    expect(zones({ RegionId: 'cn-hangzhou' })[0]?.AvailableDiskCategories?.DiskCategories).toContain('cloud_essd');
    expect(zones({ RegionId: 'cn-hangzhou', Verbose: 'false' })[0]).not.toHaveProperty('AvailableDiskCategories');
  });

  it('requires a known RegionId', () => {
    const emulator = makeEmulator();
    expect(errorOf(callError(emulator, 'DescribeZones', {}))).toEqual({ status: 400, code: 'MissingParameter.RegionId' });
    expect(errorOf(callError(emulator, 'DescribeZones', { RegionId: 'mars-north-1' }))).toEqual({
      status: 404,
      code: 'InvalidRegionId.NotFound',
    });
  });
});
