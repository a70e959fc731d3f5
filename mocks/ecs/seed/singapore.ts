import type { InstanceSpec } from './build';
import { ALINUX3, UBUNTU2204, WIN2022 } from './systemImages';

/** ap-southeast-1 (Singapore): three instances over zones A, B and C. */
export const SINGAPORE_INSTANCES: readonly InstanceSpec[] = [
  {
    id: 'i-t4nwbhbf1r2ysib1jmhr',
    name: 'sg-web-01',
    zone: 'ap-southeast-1a',
    type: 'ecs.g7.large',
    image: ALINUX3,
    status: 'Running',
    charge: 'PostPaid',
    created: '2025-04-22T05:00:00Z',
    privateIp: '172.16.10.8',
    publicIp: '47.74.152.30',
    disks: [
      { id: 'd-t4nnxmoaaqgtsozxo3sf', category: 'cloud_essd', size: 40 },
      { id: 'd-t4nviu6tnwvosvf4b54o', category: 'cloud_essd', size: 100 },
    ],
    tags: { env: 'production', app: 'web' },
  },
  {
    id: 'i-t4nz6rnacp4x677v8h8e',
    name: 'sg-db-01',
    zone: 'ap-southeast-1b',
    type: 'ecs.g7.2xlarge',
    image: UBUNTU2204,
    status: 'Stopped',
    stoppedMode: 'KeepCharging',
    charge: 'PostPaid',
    created: '2025-04-22T05:10:00Z',
    privateIp: '172.16.11.20',
    disks: [{ id: 'd-t4n33u40hn3xn7wfgxqg', category: 'cloud_essd', size: 80 }],
    tags: { env: 'production', app: 'db' },
  },
  {
    id: 'i-t4n2kd2zdmk6jlddfy0n',
    name: 'sg-win-01',
    zone: 'ap-southeast-1c',
    type: 'ecs.c7.xlarge',
    image: WIN2022,
    status: 'Running',
    charge: 'PrePaid',
    expires: '2030-04-30T16:00:00Z',
    created: '2025-05-01T03:30:00Z',
    privateIp: '172.16.12.6',
    publicIp: '8.219.60.145',
    disks: [{ id: 'd-t4nw5r2fbclb76hjm25w', category: 'cloud_essd', size: 60 }],
  },
];
