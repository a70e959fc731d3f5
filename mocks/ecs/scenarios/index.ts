/**
 * Named scenarios: what every account of the emulator is made of until the next scenario or reset.
 * Each starts from the seed (seed/README.md) and changes only what its name says.
 */
import type { ScenarioName } from '../../../src/contract/mockControl';
import type { RegionState } from '../model';
import { buildSeedRegions } from '../seed';
import type { AccountBlueprint } from '../store';
import { LARGE_REGION_ID, fillLargeRegion } from './largeRegion';
import { failNextImage, slowSnapshots } from './snapshotTwists';

export interface Scenario {
  name: ScenarioName;
  description: string;
  /** A fresh blueprint each time the scenario is chosen, so no twist carries state across uses. */
  blueprint(): AccountBlueprint;
}

export const DEFAULT_SCENARIO: ScenarioName = 'demo';
export const SLOW_SNAPSHOT_FACTOR = 10;
const QUOTA_REGION_ID = 'cn-hangzhou';

function seedWith(change: (regions: Map<string, RegionState>) => void): (now: number) => Map<string, RegionState> {
  return (now) => {
    const regions = buildSeedRegions(now);
    change(regions);
    return regions;
  };
}

/** No instances, disks, snapshots or custom images anywhere; public images, zones and networks stay. */
function emptyAccount(regions: Map<string, RegionState>): void {
  for (const region of regions.values()) {
    region.instances = [];
    region.disks = [];
    region.snapshots = [];
    region.images = region.images.filter((image) => image.ownerAlias === 'system');
  }
}

function largeRegion(regions: Map<string, RegionState>): void {
  const region = regions.get(LARGE_REGION_ID);
  if (region) fillLargeRegion(region);
}

function oneImageLeft(regions: Map<string, RegionState>): void {
  const region = regions.get(QUOTA_REGION_ID);
  if (!region) return;
  region.imageQuota = region.images.filter((image) => image.ownerAlias === 'self').length + 1;
}

export const SCENARIOS: Readonly<Record<ScenarioName, Scenario>> = {
  demo: {
    name: 'demo',
    description: 'The demo account of seed/README.md: several regions, instances Running and Stopped, two custom images.',
    blueprint: () => ({ buildRegions: buildSeedRegions }),
  },
  empty: {
    name: 'empty',
    description: 'An account with no instances, disks, snapshots or custom images in any region.',
    blueprint: () => ({ buildRegions: seedWith(emptyAccount) }),
  },
  'large-region': {
    name: 'large-region',
    description: `The demo account with 10,000 instances in ${LARGE_REGION_ID}, about 60% with data disks.`,
    blueprint: () => ({ buildRegions: seedWith(largeRegion) }),
  },
  'quota-nearly-reached': {
    name: 'quota-nearly-reached',
    description: `The demo account with room for one more custom image in ${QUOTA_REGION_ID}; the next one is QuotaExceed.Image.`,
    blueprint: () => ({ buildRegions: seedWith(oneImageLeft) }),
  },
  'slow-snapshots': {
    name: 'slow-snapshots',
    description: `The demo account where every snapshot takes ${SLOW_SNAPSHOT_FACTOR} times as long.`,
    blueprint: () => ({ buildRegions: buildSeedRegions, beforeSettle: slowSnapshots(SLOW_SNAPSHOT_FACTOR) }),
  },
  'snapshot-failure': {
    name: 'snapshot-failure',
    description: 'The demo account where the next image made from an instance fails: its snapshots fail and it turns CreateFailed.',
    blueprint: () => ({ buildRegions: buildSeedRegions, beforeSettle: failNextImage() }),
  },
};
