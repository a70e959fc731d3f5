import { bindActions } from './actions';
import { createClock } from './clock';
import { withSnapshotQuota } from './control/snapshotQuota';
import { createSteering, type EmulatorSteering } from './control/steering';
import { presentDisk } from './present/disk';
import { presentImage } from './present/image';
import { presentInstance } from './present/instance';
import { presentSnapshot } from './present/snapshot';
import { createModel, type EmulatorModel } from './store';
import {
  DEFAULT_MOCK_ACCESS_KEY_ID,
  DEFAULT_MOCK_ACCESS_KEY_SECRET,
  type Emulator,
  type EmulatorOptions,
} from './types';

/** The model behind each emulator, for the read-only and scenario helpers below. */
const models = new WeakMap<Emulator, EmulatorModel>();

/** An emulator made by createEmulator: it can always be steered (scenarios, faults, clock, state). */
export type SteerableEmulator = Emulator & { readonly steering: EmulatorSteering };

/**
 * An ECS emulator: per-account state made from the seed, a clock it owns, one handler per
 * action. The protocol half (mocks/handlers.ts) serves it over HTTP.
 */
export function createEmulator(options: EmulatorOptions = {}): SteerableEmulator {
  const clock = createClock({ mode: options.clock ?? 'real', speed: options.speed, startTime: options.startTime });
  const model = createModel(clock);
  const credentials = options.credentials ?? defaultCredentials();
  const steering = createSteering(model, clock, [...credentials.keys()][0] ?? DEFAULT_MOCK_ACCESS_KEY_ID);
  const emulator: SteerableEmulator = {
    actions: withSnapshotQuota(bindActions(model), model),
    credentials,
    clock,
    reset: () => steering.reset(),
    steering,
  };
  models.set(emulator, model);
  return emulator;
}

/** MOCK_ECS_ACCESS_KEY_ID / MOCK_ECS_ACCESS_KEY_SECRET when both are set, else the documented defaults. */
export function defaultCredentials(): Map<string, string> {
  const id = process.env.MOCK_ECS_ACCESS_KEY_ID;
  const secret = process.env.MOCK_ECS_ACCESS_KEY_SECRET;
  if (id && secret) return new Map([[id, secret]]);
  return new Map([[DEFAULT_MOCK_ACCESS_KEY_ID, DEFAULT_MOCK_ACCESS_KEY_SECRET]]);
}

function modelOf(emulator: Emulator): EmulatorModel {
  const model = models.get(emulator);
  if (!model) throw new Error('Not an emulator made by createEmulator().');
  return model;
}

export interface AccountView {
  /** Every custom image of the account, any status, every region; in DescribeImages' shape. */
  images: Record<string, unknown>[];
  /** Every snapshot of the account, in DescribeSnapshots' shape. */
  snapshots: Record<string, unknown>[];
  /** Every instance of the account, in DescribeInstances' shape. */
  instances: Record<string, unknown>[];
  /** Every disk of the account, in DescribeDisks' shape. */
  disks: Record<string, unknown>[];
}

/** Read-only view of one account's state as of the clock's now, across all regions (for tests). */
export function inspect(emulator: Emulator, accessKeyId: string): AccountView {
  const model = modelOf(emulator);
  const account = model.account(accessKeyId);
  const now = model.clock.now();
  const view: AccountView = { images: [], snapshots: [], instances: [], disks: [] };
  for (const region of account.regions.values()) {
    const inUse = new Set(region.instances.map((instance) => instance.imageId));
    for (const image of region.images) {
      if (image.ownerAlias === 'self') view.images.push(presentImage(image, account.ownerId, inUse.has(image.imageId)));
    }
    view.snapshots.push(...region.snapshots.map((snapshot) => presentSnapshot(snapshot, now)));
    view.instances.push(...region.instances.map(presentInstance));
    view.disks.push(...region.disks.map(presentDisk));
  }
  return view;
}

/** Scenario hook: how many custom images the account may have in a region (default 100). Reset restores it. */
export function setImageQuota(emulator: Emulator, accessKeyId: string, regionId: string, quota: number): void {
  if (!Number.isInteger(quota) || quota < 0) throw new RangeError(`Image quota must be a whole number >= 0, got ${quota}.`);
  const region = modelOf(emulator).account(accessKeyId).regions.get(regionId);
  if (!region) throw new RangeError(`Unknown region ${regionId}.`);
  region.imageQuota = quota;
}
