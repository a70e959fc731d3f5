/**
 * Every ECS region of ecs-reference §5 (the unconfirmed ap-southeast-8 / us-southeast-1 left out).
 * `idCode` is the three characters real resource IDs carry after their prefix (i-bp1..., d-t4n...);
 * codes we could not confirm are made up but fixed. Zone letters are the real ones where known;
 * every region has at least two so an empty region still offers zones.
 */
export interface RegionInfo {
  regionId: string;
  nameEn: string;
  nameZh: string;
  cityEn: string;
  cityZh: string;
  idCode: string;
  zoneLetters: readonly string[];
}

type Row = [regionId: string, nameEn: string, nameZh: string, cityEn: string, cityZh: string, idCode: string, zones?: string];

const ROWS: readonly Row[] = [
  ['cn-qingdao', 'China (Qingdao)', '华北1（青岛）', 'Qingdao', '青岛', 'm5e', 'bc'],
  ['cn-beijing', 'China (Beijing)', '华北2（北京）', 'Beijing', '北京', '2ze', 'ghik'],
  ['cn-zhangjiakou', 'China (Zhangjiakou)', '华北3（张家口）', 'Zhangjiakou', '张家口', '8vb', 'abc'],
  ['cn-huhehaote', 'China (Hohhot)', '华北5（呼和浩特）', 'Hohhot', '呼和浩特', 'hp3', 'ab'],
  ['cn-wulanchabu', 'China (Ulanqab)', '华北6（乌兰察布）', 'Ulanqab', '乌兰察布', '0jl', 'abc'],
  ['cn-hangzhou', 'China (Hangzhou)', '华东1（杭州）', 'Hangzhou', '杭州', 'bp1', 'hijk'],
  ['cn-shanghai', 'China (Shanghai)', '华东2（上海）', 'Shanghai', '上海', 'uf6', 'efgl'],
  ['cn-nanjing', 'China (Nanjing - Local Region)', '华东5（南京-本地地域）', 'Nanjing', '南京', 'gc5'],
  ['cn-fuzhou', 'China (Fuzhou - Local Region)', '华东6（福州-本地地域）', 'Fuzhou', '福州', 'gs4'],
  ['cn-wuhan-lr', 'China (Wuhan - Local Region)', '华中1（武汉-本地地域）', 'Wuhan', '武汉', 'n4a'],
  ['cn-shenzhen', 'China (Shenzhen)', '华南1（深圳）', 'Shenzhen', '深圳', 'wz9', 'def'],
  ['cn-heyuan', 'China (Heyuan)', '华南2（河源）', 'Heyuan', '河源', 'f8z'],
  ['cn-guangzhou', 'China (Guangzhou)', '华南3（广州）', 'Guangzhou', '广州', '7xv'],
  ['cn-chengdu', 'China (Chengdu)', '西南1（成都）', 'Chengdu', '成都', '2vc'],
  ['cn-zhengzhou-jva', 'Zhengzhou (China Unicom Joint Venture)', '郑州（联通合营）', 'Zhengzhou', '郑州', 'zj7'],
  ['cn-hongkong', 'China (Hong Kong)', '中国香港', 'Hong Kong', '香港', 'j6c', 'bcd'],
  ['ap-northeast-1', 'Japan (Tokyo)', '日本（东京）', 'Tokyo', '东京', '6we', 'abc'],
  ['ap-northeast-2', 'South Korea (Seoul)', '韩国（首尔）', 'Seoul', '首尔', 'mj7'],
  ['ap-southeast-1', 'Singapore', '新加坡', 'Singapore', '新加坡', 't4n', 'abc'],
  ['ap-southeast-2', 'Australia (Sydney)', '澳大利亚（悉尼）', 'Sydney', '悉尼', 'p0w'],
  ['ap-southeast-3', 'Malaysia (Kuala Lumpur)', '马来西亚（吉隆坡）', 'Kuala Lumpur', '吉隆坡', '8ps'],
  ['ap-southeast-5', 'Indonesia (Jakarta)', '印度尼西亚（雅加达）', 'Jakarta', '雅加达', 'k1a', 'abc'],
  ['ap-southeast-6', 'Philippines (Manila)', '菲律宾（马尼拉）', 'Manila', '马尼拉', '5ts'],
  ['ap-southeast-7', 'Thailand (Bangkok)', '泰国（曼谷）', 'Bangkok', '曼谷', '0jo'],
  ['ap-south-1', 'India (Mumbai)', '印度（孟买）', 'Mumbai', '孟买', 'a2d'],
  ['us-east-1', 'US (Virginia)', '美国（弗吉尼亚）', 'Virginia', '弗吉尼亚', '0xi'],
  ['us-west-1', 'US (Silicon Valley)', '美国（硅谷）', 'Silicon Valley', '硅谷', 'rj9'],
  ['na-south-1', 'Mexico', '墨西哥', 'Mexico', '墨西哥', 'n2s'],
  ['eu-central-1', 'Germany (Frankfurt)', '德国（法兰克福）', 'Frankfurt', '法兰克福', 'gw8', 'abc'],
  ['eu-west-1', 'UK (London)', '英国（伦敦）', 'London', '伦敦', 'd7o'],
  ['me-east-1', 'UAE (Dubai)', '阿联酋（迪拜）', 'Dubai', '迪拜', 'eb3'],
  ['me-central-1', 'Saudi Arabia (Riyadh)', '沙特（利雅得）', 'Riyadh', '利雅得', 'l4v'],
];

export const REGIONS: readonly RegionInfo[] = ROWS.map(
  ([regionId, nameEn, nameZh, cityEn, cityZh, idCode, zones = 'ab']) => ({
    regionId,
    nameEn,
    nameZh,
    cityEn,
    cityZh,
    idCode,
    zoneLetters: zones.split(''),
  }),
);

const BY_ID = new Map(REGIONS.map((region) => [region.regionId, region]));

export function findRegion(regionId: string): RegionInfo | undefined {
  return BY_ID.get(regionId);
}

/** Mainland regions (and Hong Kong) name zones `cn-hangzhou-h`; the others `ap-southeast-1a`. */
export function zoneIdsOf(region: RegionInfo): string[] {
  const dashed = region.regionId.startsWith('cn-');
  return region.zoneLetters.map((letter) => (dashed ? `${region.regionId}-${letter}` : `${region.regionId}${letter}`));
}

/** "Hangzhou Zone H" / "杭州 可用区H". */
export function zoneLocalName(region: RegionInfo, zoneId: string, language: 'en' | 'zh'): string {
  const letter = zoneId.slice(-1).toUpperCase();
  return language === 'en' ? `${region.cityEn} Zone ${letter}` : `${region.cityZh} 可用区${letter}`;
}
