import type { EmulatedClock } from './clock';
import { createIdFactory, fnv1a } from './ids';
import type { AccountState, RegionState } from './model';
import { buildSeedRegions } from './seed';
import { settleAccount } from './settle';

/**
 * What a new account is made of (a scenario, see scenarios/): its regions, and an optional twist
 * applied on every read before the account is settled (e.g. snapshots that run slow or fail).
 */
export interface AccountBlueprint {
  /** `now`: the clock's time when the account is made (the seed places in-progress work just before it). */
  buildRegions(now: number): Map<string, RegionState>;
  beforeSettle?(account: AccountState, now: number): void;
}

const SEED_BLUEPRINT: AccountBlueprint = { buildRegions: buildSeedRegions };

/**
 * Accounts by AccessKeyId. Each is made from the seed the first time it is used, so every
 * account starts identical and none sees another's changes.
 */
export interface EmulatorModel {
  readonly clock: EmulatedClock;
  /** The account, created from the seed if new, settled to the clock's now. */
  account(accessKeyId: string): AccountState;
  /** Forget every account: each is rebuilt from the seed on its next use. */
  reset(): void;
  /** Forget every account; from now on new ones are made from `blueprint` (the seed by default). */
  useBlueprint(blueprint: AccountBlueprint): void;
}

export function createModel(clock: EmulatedClock): EmulatorModel {
  const accounts = new Map<string, AccountState>();
  let blueprint = SEED_BLUEPRINT;
  return {
    clock,
    account(accessKeyId) {
      let account = accounts.get(accessKeyId);
      if (!account) {
        account = newAccount(accessKeyId, clock.now(), blueprint);
        accounts.set(accessKeyId, account);
      }
      blueprint.beforeSettle?.(account, clock.now());
      settleAccount(account, clock.now());
      return account;
    },
    reset() {
      accounts.clear();
    },
    useBlueprint(next) {
      blueprint = next;
      accounts.clear();
    },
  };
}

function newAccount(accessKeyId: string, now: number, blueprint: AccountBlueprint): AccountState {
  return {
    accessKeyId,
    ownerId: ownerIdOf(accessKeyId),
    // `now` places the seed's one snapshot still in progress just before the account's first request.
    regions: blueprint.buildRegions(now),
    ids: createIdFactory(accessKeyId),
    clientTokens: new Map(),
    actionClientTokens: new Map(),
  };
}

/** A 16-digit account number (ECS's ImageOwnerId), stable per AccessKeyId. */
function ownerIdOf(accessKeyId: string): number {
  return 1_000_000_000_000_000 + fnv1a(`owner|${accessKeyId}`) * 1_000_000 + (fnv1a(`uid|${accessKeyId}`) % 1_000_000);
}
