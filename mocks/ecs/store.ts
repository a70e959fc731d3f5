import type { EmulatedClock } from './clock';
import { createIdFactory, fnv1a } from './ids';
import type { AccountState } from './model';
import { buildSeedRegions } from './seed';
import { settleAccount } from './settle';

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
}

export function createModel(clock: EmulatedClock): EmulatorModel {
  const accounts = new Map<string, AccountState>();
  return {
    clock,
    account(accessKeyId) {
      let account = accounts.get(accessKeyId);
      if (!account) {
        account = newAccount(accessKeyId);
        accounts.set(accessKeyId, account);
      }
      settleAccount(account, clock.now());
      return account;
    },
    reset() {
      accounts.clear();
    },
  };
}

function newAccount(accessKeyId: string): AccountState {
  return {
    accessKeyId,
    ownerId: ownerIdOf(accessKeyId),
    regions: buildSeedRegions(),
    ids: createIdFactory(accessKeyId),
    clientTokens: new Map(),
  };
}

/** A 16-digit account number (ECS's ImageOwnerId), stable per AccessKeyId. */
function ownerIdOf(accessKeyId: string): number {
  return 1_000_000_000_000_000 + fnv1a(`owner|${accessKeyId}`) * 1_000_000 + (fnv1a(`uid|${accessKeyId}`) % 1_000_000);
}
