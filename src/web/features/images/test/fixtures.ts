import type { Disk, Image, Instance, Snapshot } from '../../../../contract';

/** Test data shaped like the BFF's answers for cn-hangzhou's web-prod-01 (40 + 100 + 200 GiB). */
export const REGION_ID = 'cn-hangzhou';

export const webProd01: Instance = {
  instanceId: 'i-bp1webprod01',
  instanceName: 'web-prod-01',
  description: '',
  status: 'Running',
  regionId: REGION_ID,
  zoneId: 'cn-hangzhou-h',
  instanceType: 'ecs.g7.large',
  cpu: 2,
  memoryMiB: 8192,
  osName: 'Alibaba Cloud Linux 3',
  osType: 'linux',
  imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd',
  publicIpAddresses: ['47.98.1.10'],
  privateIpAddresses: ['172.16.0.10'],
  chargeType: 'PostPaid',
  creationTime: '2026-11-01T08:00:00Z',
  expiredTime: '',
  lockReasons: [],
};

const disk = (diskId: string, type: Disk['type'], sizeGiB: number, device: string): Disk => ({
  diskId,
  diskName: '',
  type,
  category: 'cloud_essd',
  sizeGiB,
  device,
  status: 'In_use',
});

export const webProd01Disks: Disk[] = [
  disk('d-bp1data200', 'data', 200, '/dev/xvdc'),
  disk('d-bp1system40', 'system', 40, '/dev/xvda'),
  disk('d-bp1data100', 'data', 100, '/dev/xvdb'),
];

export function image(overrides: Partial<Image> = {}): Image {
  return {
    imageId: 'm-bp1newimage',
    imageName: 'web-golden',
    description: '',
    status: 'Creating',
    progress: 45,
    usable: false,
    sizeGiB: 40,
    creationTime: '2026-12-03T13:00:00Z',
    osName: 'Alibaba Cloud Linux 3',
    platform: 'Aliyun',
    architecture: 'x86_64',
    resourceGroupId: '',
    tags: [],
    diskDeviceMappings: [
      { device: '/dev/xvda', type: 'system', snapshotId: 's-sys', sizeGiB: 40 },
      { device: '/dev/xvdb', type: 'data', snapshotId: 's-data1', sizeGiB: 100 },
      { device: '/dev/xvdc', type: 'data', snapshotId: 's-data2', sizeGiB: 200 },
    ],
    ...overrides,
  };
}

export function snapshot(overrides: Partial<Snapshot> & Pick<Snapshot, 'snapshotId'>): Snapshot {
  return {
    snapshotName: '',
    status: 'progressing',
    progress: 50,
    sourceDiskId: 'd-x',
    sourceDiskType: 'data',
    sourceDiskSizeGiB: 100,
    usage: 'image',
    creationTime: '2026-12-03T13:00:00Z',
    ...overrides,
  };
}
