import { stableId } from '../ids';
import type { ImageRecord, OsRecord } from '../model';
import { at } from '../time';

/** Public images every region offers; seeded instances run the first three. */

export const ALINUX3 = 'aliyun_3_x64_20G_alibase_20250117.vhd';
export const UBUNTU2204 = 'ubuntu_22_04_x64_20G_alibase_20250113.vhd';
export const WIN2022 = 'win2022_21H2_x64_dtc_en-us_40G_alibase_20250115.vhd';

interface SystemImageSpec {
  imageId: string;
  description: string;
  sizeGiB: number;
  created: string;
  os: OsRecord;
}

const linux = (platform: string, osName: string, osNameEn: string, extra: Partial<OsRecord> = {}): OsRecord => ({
  osType: 'linux',
  osName,
  osNameEn,
  platform,
  architecture: 'x86_64',
  bootMode: 'BIOS',
  imdsSupport: 'v2',
  isSupportCloudinit: true,
  ...extra,
});

const SPECS: readonly SystemImageSpec[] = [
  {
    imageId: ALINUX3,
    description: 'Alibaba Cloud Linux 3.2104 LTS 64 bit',
    sizeGiB: 20,
    created: '2025-01-17T07:21:33Z',
    os: linux('Aliyun', 'Alibaba Cloud Linux  3.2104 LTS 64位', 'Alibaba Cloud Linux  3.2104 LTS 64 bit', {
      bootMode: 'UEFI-Preferred',
    }),
  },
  {
    imageId: UBUNTU2204,
    description: 'Ubuntu 22.04 64 bit',
    sizeGiB: 20,
    created: '2025-01-13T05:02:11Z',
    os: linux('Ubuntu', 'Ubuntu  22.04 64位', 'Ubuntu  22.04 64 bit'),
  },
  {
    imageId: WIN2022,
    description: 'Windows Server 2022 Datacenter Edition 64-bit English',
    sizeGiB: 40,
    created: '2025-01-15T10:45:09Z',
    os: {
      osType: 'windows',
      osName: 'Windows Server  2022 数据中心版 64位英文版',
      osNameEn: 'Windows Server  2022 Data Center Edition 64bit English Edition',
      platform: 'Windows Server 2022',
      architecture: 'x86_64',
      bootMode: 'BIOS',
      imdsSupport: 'v2',
      isSupportCloudinit: true,
    },
  },
  {
    imageId: 'aliyun_3_arm64_20G_alibase_20250117.vhd',
    description: 'Alibaba Cloud Linux 3.2104 LTS 64 bit ARM Edition',
    sizeGiB: 20,
    created: '2025-01-17T08:02:45Z',
    os: linux('Aliyun', 'Alibaba Cloud Linux  3.2104 LTS 64位 ARM版', 'Alibaba Cloud Linux  3.2104 LTS 64 bit ARM Edition', {
      architecture: 'arm64',
      bootMode: 'UEFI',
    }),
  },
  {
    imageId: 'centos_7_9_x64_20G_alibase_20240628.vhd',
    description: 'CentOS 7.9 64 bit',
    sizeGiB: 20,
    created: '2024-06-28T03:11:52Z',
    os: linux('CentOS', 'CentOS  7.9 64位', 'CentOS  7.9 64 bit', { imdsSupport: 'v1' }),
  },
  {
    imageId: 'debian_12_8_x64_20G_alibase_20250103.vhd',
    description: 'Debian 12.8 64 bit',
    sizeGiB: 20,
    created: '2025-01-03T06:30:17Z',
    os: linux('Debian', 'Debian  12.8 64位', 'Debian  12.8 64 bit'),
  },
];

export function findSystemImageOs(imageId: string): OsRecord {
  const spec = SPECS.find((image) => image.imageId === imageId);
  if (!spec) throw new Error(`Seed refers to unknown system image ${imageId}`);
  return { ...spec.os };
}

/** The public images of one region, fresh objects each call. */
export function systemImagesFor(regionId: string): ImageRecord[] {
  return SPECS.map((spec) => ({
    imageId: spec.imageId,
    imageName: spec.imageId,
    description: spec.description,
    regionId,
    ownerAlias: 'system',
    status: 'Available',
    progress: 100,
    usable: true,
    sizeGiB: spec.sizeGiB,
    creationTime: at(spec.created),
    os: { ...spec.os },
    diskDeviceMappings: [
      { device: '/dev/xvda', type: 'system', snapshotId: stableId('s', regionId, spec.imageId), sizeGiB: spec.sizeGiB },
    ],
    tags: [],
    resourceGroupId: '',
  }));
}
