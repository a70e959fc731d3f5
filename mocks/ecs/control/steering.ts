/**
 * Everything QA and support can do to an emulator, as plain functions: the HTTP control API
 * (control/handlers.ts), the BFF's /__mock routes and Vitest all go through this one object.
 */
import type { MockClockBody, MockClockState, ScenarioName } from '../../../src/contract/mockControl';
import type { EmulatedClock } from '../clock';
import { DEFAULT_SCENARIO, SCENARIOS, type Scenario } from '../scenarios';
import type { EmulatorModel } from '../store';
import { createFaultInjector, type FaultInjector } from './faults';
import { setRegionSnapshotQuota } from './snapshotQuota';
import { readAccountState, type EmulatorState, type StateQuery } from './state';

export interface EmulatorSteering {
  scenario(): ScenarioName;
  scenarios(): Array<Pick<Scenario, 'name' | 'description'>>;
  /** Every account is rebuilt from this scenario on its next use; faults and pace stay as they are. */
  useScenario(name: ScenarioName): void;
  readonly faults: FaultInjector;
  clock(): MockClockState;
  setClock(change: MockClockBody): MockClockState;
  /** Back to the start: scenario demo, no faults, the clock's start-up pace (emulated time is not rewound). */
  reset(): void;
  state(query?: StateQuery): EmulatorState;
  /** Custom images one account may have in a region, until its next rebuild. */
  setImageQuota(accessKeyId: string, regionId: string, quota: number): void;
  /** Manual snapshots per disk in one account's region, until its next rebuild (default 256). */
  setSnapshotQuota(accessKeyId: string, regionId: string, quota: number): void;
}

export function createSteering(model: EmulatorModel, clock: EmulatedClock, defaultAccessKeyId: string): EmulatorSteering {
  let current: ScenarioName = DEFAULT_SCENARIO;
  const faults = createFaultInjector();

  const regionOf = (accessKeyId: string, regionId: string) => {
    const region = model.account(accessKeyId).regions.get(regionId);
    if (!region) throw new RangeError(`Unknown region ${regionId}.`);
    return region;
  };
  const clockState = (): MockClockState => ({ now: new Date(clock.now()).toISOString(), ...clock.pace() });

  const steering: EmulatorSteering = {
    scenario: () => current,
    scenarios: () => Object.values(SCENARIOS).map(({ name, description }) => ({ name, description })),
    useScenario(name) {
      const scenario = SCENARIOS[name];
      if (!scenario) throw new RangeError(`Unknown scenario ${String(name)}.`);
      current = name;
      model.useBlueprint(scenario.blueprint());
    },
    faults,
    clock: clockState,
    setClock(change) {
      clock.setPace(change);
      return clockState();
    },
    reset() {
      faults.clear();
      clock.restorePace();
      steering.useScenario(DEFAULT_SCENARIO);
    },
    state: (query = {}) => ({
      scenario: current,
      clock: clockState(),
      faults: faults.list(),
      account: readAccountState(model, query.accessKeyId ?? defaultAccessKeyId, query.regionId),
    }),
    setImageQuota(accessKeyId, regionId, quota) {
      if (!Number.isInteger(quota) || quota < 0) throw new RangeError(`Image quota must be a whole number >= 0, got ${quota}.`);
      regionOf(accessKeyId, regionId).imageQuota = quota;
    },
    setSnapshotQuota: (accessKeyId, regionId, quota) => setRegionSnapshotQuota(regionOf(accessKeyId, regionId), quota),
  };
  return steering;
}
