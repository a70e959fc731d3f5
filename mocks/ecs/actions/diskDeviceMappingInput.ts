import { DATA_DEVICES, SYSTEM_DEVICE } from '../../../src/contract/imageLifeRules';
import { invalidParameter } from '../errors';
import type { DiskType } from '../model';
import { optional } from '../params';
import { EcsError, type EcsParams } from '../types';

/** One `DiskDeviceMapping.N.*` entry of CreateImage as sent (or the lone `SnapshotId`). */
export interface MappingRequest {
  snapshotId: string | undefined;
  diskType: DiskType | undefined;
  sizeGiB: number | undefined;
  device: string | undefined;
}

/** 1 system + 16 data disks. */
const MAX_MAPPINGS = 17;
const FIELDS = ['SnapshotId', 'DiskType', 'Size', 'Device'] as const;

export function invalidSize(): EcsError {
  return new EcsError(400, 'InvalidSize.ValueNotSupported', 'The specified DiskDeviceMapping.n.Size beyond the permitted range.');
}

/** The DiskDeviceMapping list in N order, or the lone SnapshotId as a one-entry list. */
export function readMappingRequests(params: EcsParams, source: 'mappings' | 'snapshot'): MappingRequest[] {
  if (source === 'snapshot') {
    return [{ snapshotId: optional(params, 'SnapshotId'), diskType: undefined, sizeGiB: undefined, device: undefined }];
  }
  const byIndex = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(params)) {
    const match = /^DiskDeviceMapping\.(\d+)\.(\w+)$/.exec(name);
    if (!match || value === '') continue;
    const index = Number(match[1]);
    const field = match[2] as string;
    if (index < 1 || index > MAX_MAPPINGS || !(FIELDS as readonly string[]).includes(field)) throw invalidParameter(name);
    byIndex.set(index, { ...byIndex.get(index), [field]: value });
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, fields]) => toRequest(fields));
}

function toRequest(fields: Record<string, string>): MappingRequest {
  const diskType = fields.DiskType;
  if (diskType !== undefined && diskType !== 'system' && diskType !== 'data') {
    throw new EcsError(400, 'InvalidDiskType.ValueNotSupported', 'The specified disk type is not supported.');
  }
  const size = fields.Size;
  if (size !== undefined && !/^\d+$/.test(size)) throw invalidSize();
  return { snapshotId: fields.SnapshotId, diskType, sizeGiB: size === undefined ? undefined : Number(size), device: fields.Device };
}

export function invalidDevice(): EcsError {
  return new EcsError(400, 'InvalidDevice.Malformed', 'The specified parameter DiskDeviceMapping.n.Device is not valid.');
}

/** Devices: the system disk /dev/xvda; data /dev/xvdb../dev/xvdz, each once, unnamed ones take the next free. */
export function assignDevices(resolved: { type: DiskType; device: string | undefined }[]): string[] {
  const taken = new Set<string>();
  for (const disk of resolved) {
    if (disk.device === undefined) continue;
    const valid = disk.type === 'system' ? disk.device === SYSTEM_DEVICE : DATA_DEVICES.includes(disk.device);
    if (!valid) throw invalidDevice();
    if (taken.has(disk.device)) {
      throw new EcsError(400, 'InvalidDevice.InUse', 'The specified DiskDeviceMapping.n.Device has been occupied.');
    }
    taken.add(disk.device);
  }
  const free = DATA_DEVICES.filter((device) => !taken.has(device));
  return resolved.map((disk) => disk.device ?? (disk.type === 'system' ? SYSTEM_DEVICE : (free.shift() as string)));
}
