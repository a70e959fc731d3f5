/**
 * The emulator's state as QA reads it for assertions (GET /__mock/state): one account's custom
 * images and snapshots in ECS's own shapes, its instances as compact rows (a large region has
 * 10,000), the quotas, plus the scenario, the clock and the active faults.
 */
import type { MockClockState, MockFault, ScenarioName } from '../../../src/contract/mockControl';
import type { RegionState } from '../model';
import { presentImage } from '../present/image';
import { presentSnapshot } from '../present/snapshot';
import type { EmulatorModel } from '../store';
import { snapshotQuotaOf } from './snapshotQuota';

export interface StateQuery {
  /** The account to read; default: the first credential the emulator accepts (the console's). */
  accessKeyId?: string;
  /** Only this region; default: every region. */
  regionId?: string;
}

export interface InstanceRow {
  InstanceId: string;
  InstanceName: string;
  RegionId: string;
  ZoneId: string;
  Status: string;
  /** Data disks only; the system disk is always there. */
  DataDiskCount: number;
}

export interface EmulatorState {
  scenario: ScenarioName;
  clock: MockClockState;
  faults: MockFault[];
  account: {
    accessKeyId: string;
    regionId?: string;
    /** Custom images of any status, in DescribeImages' shape. */
    images: Record<string, unknown>[];
    /** Every snapshot, in DescribeSnapshots' shape. */
    snapshots: Record<string, unknown>[];
    instances: InstanceRow[];
    counts: { instances: number; disks: number; snapshots: number; images: number };
    /** Per region that has anything: custom images allowed, and manual snapshots allowed per disk. */
    quotas: Record<string, { images: number; snapshotsPerDisk: number }>;
  };
}

function dataDiskCounts(region: RegionState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const disk of region.disks) {
    if (disk.type === 'data') counts.set(disk.instanceId, (counts.get(disk.instanceId) ?? 0) + 1);
  }
  return counts;
}

export function readAccountState(model: EmulatorModel, accessKeyId: string, regionId?: string): EmulatorState['account'] {
  const account = model.account(accessKeyId);
  if (regionId !== undefined && !account.regions.has(regionId)) throw new RangeError(`Unknown region ${regionId}.`);
  const now = model.clock.now();
  const view: EmulatorState['account'] = {
    accessKeyId,
    ...(regionId === undefined ? {} : { regionId }),
    images: [],
    snapshots: [],
    instances: [],
    counts: { instances: 0, disks: 0, snapshots: 0, images: 0 },
    quotas: {},
  };
  for (const region of account.regions.values()) {
    if (regionId !== undefined && region.regionId !== regionId) continue;
    const inUse = new Set(region.instances.map((instance) => instance.imageId));
    const custom = region.images.filter((image) => image.ownerAlias === 'self');
    view.images.push(...custom.map((image) => presentImage(image, account.ownerId, inUse.has(image.imageId))));
    view.snapshots.push(...region.snapshots.map((snapshot) => presentSnapshot(snapshot, now)));
    const dataDisks = dataDiskCounts(region);
    for (const instance of region.instances) {
      view.instances.push({
        InstanceId: instance.instanceId,
        InstanceName: instance.instanceName,
        RegionId: instance.regionId,
        ZoneId: instance.zoneId,
        Status: instance.status,
        DataDiskCount: dataDisks.get(instance.instanceId) ?? 0,
      });
    }
    view.counts.instances += region.instances.length;
    view.counts.disks += region.disks.length;
    view.counts.snapshots += region.snapshots.length;
    view.counts.images += custom.length;
    if (regionId !== undefined || region.instances.length > 0 || custom.length > 0) {
      view.quotas[region.regionId] = { images: region.imageQuota, snapshotsPerDisk: snapshotQuotaOf(region) };
    }
  }
  return view;
}
