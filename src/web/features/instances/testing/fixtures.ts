import type { ImageBuild, Instance, Region } from '../../../../contract';

/** Test data in the BFF's shapes (src/contract), close to the emulator's seed. */
export const regions: Region[] = [
  { regionId: 'cn-hangzhou', localName: 'China (Hangzhou)', endpoint: 'ecs.cn-hangzhou.aliyuncs.com', status: 'available' },
  { regionId: 'cn-shanghai', localName: 'China (Shanghai)', endpoint: 'ecs.cn-shanghai.aliyuncs.com', status: 'available' },
  { regionId: 'ap-southeast-1', localName: 'Singapore', endpoint: 'ecs.ap-southeast-1.aliyuncs.com', status: 'available' },
];

export function makeInstance(overrides: Partial<Instance> = {}): Instance {
  return {
    instanceId: 'i-bp1webprod01',
    instanceName: 'web-prod-01',
    description: '',
    status: 'Running',
    regionId: 'cn-hangzhou',
    zoneId: 'cn-hangzhou-h',
    instanceType: 'ecs.g7.large',
    cpu: 2,
    memoryMiB: 8192,
    osName: 'Alibaba Cloud Linux 3',
    osType: 'linux',
    imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd',
    publicIpAddresses: ['47.96.10.21'],
    privateIpAddresses: ['172.16.0.21'],
    chargeType: 'PostPaid',
    creationTime: '2026-01-05T08:00Z',
    expiredTime: '',
    lockReasons: [],
    ...overrides,
  };
}

export const webProd = makeInstance();
export const dbStaging = makeInstance({
  instanceId: 'i-bp1dbstaging02',
  instanceName: 'db-staging-02',
  status: 'Stopped',
  zoneId: 'cn-hangzhou-i',
  instanceType: 'ecs.r7.xlarge',
  cpu: 4,
  memoryMiB: 32768,
  publicIpAddresses: [],
  privateIpAddresses: ['172.16.1.12'],
  chargeType: 'PrePaid',
  expiredTime: '2099-06-30T16:00Z',
});

export function makeBuild(overrides: Partial<ImageBuild> = {}): ImageBuild {
  return {
    imageId: 'm-bp1build0001',
    imageName: 'web-prod-01-golden',
    instanceId: webProd.instanceId,
    status: 'Creating',
    progress: 45,
    ...overrides,
  };
}
