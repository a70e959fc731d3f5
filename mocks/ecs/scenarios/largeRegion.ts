/**
 * The large region: cn-hangzhou with 10,000 instances (the 14 seeded ones plus 9,986 generated),
 * about 60% of them with data disks. Generated from the instance number alone, so every build is
 * the same. Records are copied from a few expanded prototypes and the IDs made once per process,
 * so building an account with them costs tens of milliseconds.
 */
import { fnv1a, stableId } from '../ids';
import type { ChargeType, DiskRecord, InstanceRecord, InstanceStatus, RegionState } from '../model';
import { dataDiskDevice, expandInstance, type InstanceSpec } from '../seed/build';
import { ALINUX3, UBUNTU2204, WIN2022 } from '../seed/systemImages';

export const LARGE_REGION_ID = 'cn-hangzhou';
export const LARGE_REGION_INSTANCE_COUNT = 10_000;

const ROLES = ['web', 'api', 'worker', 'batch', 'cache', 'db', 'etl', 'ci'] as const;
const ZONES = ['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j', 'cn-hangzhou-k'] as const;
const TYPES = ['ecs.g7.large', 'ecs.g7.xlarge', 'ecs.g7.2xlarge', 'ecs.c7.xlarge', 'ecs.t6-c1m2.large'] as const;
const IMAGES = [ALINUX3, ALINUX3, UBUNTU2204, UBUNTU2204, WIN2022] as const;
const DATA_DISK_SIZES = [50, 100, 200, 500, 1024] as const;
/** Data disks per instance, cycling: three in five instances have at least one. */
const DATA_DISK_COUNTS = [0, 1, 2, 0, 3] as const;
/** Oldest first: generated instances are older than the demo's, so the demo's 14 stay on page one. */
const FIRST_CREATED = Date.UTC(2023, 0, 2, 0, 0, 0);

function pick<T>(list: readonly T[], key: number): T {
  return list[key % list.length] as T;
}

/** `web-00001`, `api-00002`, ...: unique, sortable and easy to search for. */
export function largeRegionInstanceName(n: number): string {
  return `${pick(ROLES, n - 1)}-${String(n).padStart(5, '0')}`;
}

export function largeRegionInstanceId(n: number): string {
  return stableId('i', LARGE_REGION_ID, `large-region|${n}`);
}

/** What a generated instance is, derived from its number alone. */
interface Shape {
  hash: number;
  zone: string;
  type: string;
  image: string;
  status: InstanceStatus;
  charge: ChargeType;
  dataDiskCount: number;
}

function shapeOf(n: number): Shape {
  const hash = fnv1a(`large-region|${n}`);
  return {
    hash,
    zone: pick(ZONES, n),
    type: pick(TYPES, hash >>> 3),
    image: pick(IMAGES, hash >>> 5),
    status: hash % 5 === 0 ? 'Stopped' : 'Running',
    charge: hash % 10 === 3 ? 'PrePaid' : 'PostPaid',
    dataDiskCount: pick(DATA_DISK_COUNTS, n),
  };
}

/** IDs cost the most to make (a hash per character), so they are made once per process and shared. */
interface Ids {
  instanceIds: string[];
  /** Per instance: system disk first, then data disks. */
  diskIds: string[][];
}
let idCache: Ids | undefined;

function idsFor(count: number): Ids {
  if (idCache && idCache.instanceIds.length >= count) return idCache;
  const ids: Ids = { instanceIds: [], diskIds: [] };
  for (let n = 1; n <= count; n += 1) {
    ids.instanceIds.push(largeRegionInstanceId(n));
    ids.diskIds.push(
      Array.from({ length: 1 + pick(DATA_DISK_COUNTS, n) }, (_, index) => stableId('d', LARGE_REGION_ID, `large-region|${n}|${index}`)),
    );
  }
  idCache = ids;
  return ids;
}

/**
 * One seed instance per zone, type and image, expanded the seed's way (network IDs, OS, host
 * name rule); every generated instance copies its prototype and changes what is its own.
 */
function prototypeMaker(): (shape: Shape) => InstanceRecord {
  const prototypes = new Map<string, InstanceRecord>();
  return (shape) => {
    const key = `${shape.zone}|${shape.type}|${shape.image}`;
    let prototype = prototypes.get(key);
    if (!prototype) {
      const spec: InstanceSpec = {
        id: 'i-prototype00000000000',
        name: 'prototype',
        zone: shape.zone,
        type: shape.type,
        image: shape.image,
        status: 'Running',
        charge: 'PostPaid',
        created: new Date(FIRST_CREATED).toISOString(),
        privateIp: '10.0.0.0',
        disks: [{ id: 'd-prototype', category: 'cloud_essd', size: 40 }],
      };
      prototype = expandInstance(LARGE_REGION_ID, spec).instance;
      prototypes.set(key, prototype);
    }
    return prototype;
  };
}

function instanceOf(prototype: InstanceRecord, shape: Shape, n: number, instanceId: string): InstanceRecord {
  const created = FIRST_CREATED + n * 60_000;
  const idBody = instanceId.slice(2);
  const publicIp = shape.hash % 3 === 0 ? `47.${98 + (n >>> 16)}.${(n >>> 8) & 255}.${n & 255}` : undefined;
  const role = pick(ROLES, n - 1);
  return {
    ...prototype,
    instanceId,
    instanceName: largeRegionInstanceName(n),
    hostName: prototype.os.osType === 'linux' ? `iZ${idBody}Z` : `iZ${idBody.slice(-12)}Z`.toUpperCase(),
    os: { ...prototype.os },
    status: shape.status,
    chargeType: shape.charge,
    expiredTime: shape.charge === 'PrePaid' ? Date.UTC(2030, 11, 31, 16, 0, 0) : undefined,
    stoppedMode: shape.status === 'Stopped' ? 'KeepCharging' : 'Not-applicable',
    publicIp,
    internetMaxBandwidthOut: publicIp ? 5 : 0,
    privateIp: `10.${(n % ZONES.length) + 1}.${(n >>> 8) & 255}.${n & 255}`,
    // One minute apart: distinct creation times keep ECS's newest-first order stable.
    creationTime: created,
    startTime: created,
    locks: [],
    tags: [
      { key: 'env', value: shape.hash % 2 === 0 ? 'production' : 'staging' },
      { key: 'app', value: role },
    ],
  };
}

function disksOf(instance: InstanceRecord, shape: Shape, diskIds: readonly string[]): DiskRecord[] {
  return diskIds.map((diskId, index) => ({
    diskId,
    diskName: '',
    regionId: LARGE_REGION_ID,
    zoneId: instance.zoneId,
    instanceId: instance.instanceId,
    type: index === 0 ? 'system' : 'data',
    category: 'cloud_essd',
    performanceLevel: 'PL1',
    sizeGiB: index === 0 ? 40 : pick(DATA_DISK_SIZES, shape.hash + index - 1),
    device: index === 0 ? '/dev/xvda' : dataDiskDevice(index - 1),
    imageId: index === 0 ? instance.imageId : '',
    chargeType: instance.chargeType,
    creationTime: instance.creationTime,
    resourceGroupId: instance.resourceGroupId,
  }));
}

/** Adds the generated instances and their disks to the region, up to 10,000 instances in all. */
export function fillLargeRegion(region: RegionState): void {
  const count = LARGE_REGION_INSTANCE_COUNT - region.instances.length;
  const ids = idsFor(count);
  const prototypeFor = prototypeMaker();
  // Newest first, the order ECS lists them in: sorting an already ordered list is linear.
  for (let n = count; n >= 1; n -= 1) {
    const shape = shapeOf(n);
    const instance = instanceOf(prototypeFor(shape), shape, n, ids.instanceIds[n - 1] ?? largeRegionInstanceId(n));
    region.instances.push(instance);
    for (const disk of disksOf(instance, shape, ids.diskIds[n - 1] ?? [])) region.disks.push(disk);
  }
}
