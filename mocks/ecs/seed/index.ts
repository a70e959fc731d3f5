import { MANUAL_CLOCK_START } from '../clock';
import type { DiskRecord, InstanceRecord, RegionState } from '../model';
import { expandInstance, type InstanceSpec } from './build';
import { seedCustomImages } from './customImages';
import { HANGZHOU_INSTANCES } from './hangzhou';
import { seedManualSnapshots } from './manualSnapshots';
import { buildNetwork } from './network';
import { REGIONS } from './regions';
import { SINGAPORE_INSTANCES } from './singapore';
import { systemImagesFor } from './systemImages';

/** Custom images allowed per region per account unless a scenario changes it (ecs-reference §3.3). */
export const DEFAULT_IMAGE_QUOTA = 100;

const INSTANCES_BY_REGION: Readonly<Record<string, readonly InstanceSpec[]>> = {
  'cn-hangzhou': HANGZHOU_INSTANCES,
  'ap-southeast-1': SINGAPORE_INSTANCES,
};

/**
 * A fresh copy of the seed: every region, with its instances, disks, images, snapshots and network.
 * `seedTime` is the account's first moment: the one snapshot still in progress started just before it.
 */
export function buildSeedRegions(seedTime: number = MANUAL_CLOCK_START): Map<string, RegionState> {
  const regions = new Map<string, RegionState>();
  for (const { regionId } of REGIONS) {
    const instances: InstanceRecord[] = [];
    const disks: DiskRecord[] = [];
    for (const spec of INSTANCES_BY_REGION[regionId] ?? []) {
      const expanded = expandInstance(regionId, spec);
      instances.push(expanded.instance);
      disks.push(...expanded.disks);
    }
    const isHangzhou = regionId === 'cn-hangzhou';
    const custom = isHangzhou ? seedCustomImages(instances, disks) : { images: [], snapshots: [] };
    const manualSnapshots = isHangzhou ? seedManualSnapshots(disks, seedTime) : [];
    regions.set(regionId, {
      regionId,
      instances,
      disks,
      snapshots: [...custom.snapshots, ...manualSnapshots],
      images: [...systemImagesFor(regionId), ...custom.images],
      imageQuota: DEFAULT_IMAGE_QUOTA,
      ...buildNetwork(regionId),
      tasks: [],
    });
  }
  return regions;
}
