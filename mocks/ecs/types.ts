import type { EmulatorSteering } from './control/steering';

/**
 * The seam between the emulator's two halves:
 * - the protocol (protocol.ts, signature*.ts, ../handlers.ts, ../node.ts, ../server.ts): parses an
 *   ECS RPC request off the wire, verifies its signature against `credentials`, picks the action,
 *   and writes the JSON response or error in ECS's shapes;
 * - the model (state, seed, clock, actions/*): accounts > regions > instances, disks, snapshots,
 *   images, and one function per ECS action.
 */

/** An ECS error: thrown by actions and by the protocol, written as {RequestId, HostId, Code, Message, Recommend}. */
export class EcsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers, e.g. x-acs-retry-after for Throttling. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'EcsError';
  }
}

/** Business parameters as sent on the wire, percent-decoded, flat: `Tag.1.Key`, `InstanceIds` (a JSON array string). */
export type EcsParams = Readonly<Record<string, string>>;

export interface ActionContext {
  /** The AccessKeyId that signed the request; state is kept per account. */
  accessKeyId: string;
  /** Region taken from the endpoint host (ecs.<region>.aliyuncs.com / ecs-<region>.aliyuncs.com), if any.
   * Start/Stop/RebootInstance carry no RegionId, so they fall back to this, then to a search of all regions. */
  hostRegionId: string | undefined;
  requestId: string;
}

/** Returns the response body without RequestId (the protocol adds it). */
export type ActionHandler = (ctx: ActionContext, params: EcsParams) => Record<string, unknown>;

export interface EmulatorClock {
  /** Emulated now, in epoch milliseconds. */
  now(): number;
  /** Moves emulated time forward by hand. */
  advance(seconds: number): void;
}

export interface Emulator {
  /** ECS action name (e.g. 'CreateImage') -> handler. Unknown actions are the protocol's to refuse. */
  readonly actions: Readonly<Record<string, ActionHandler>>;
  /** AccessKeyId -> AccessKeySecret that the emulator accepts. */
  readonly credentials: ReadonlyMap<string, string>;
  readonly clock: EmulatorClock;
  /** Every account back to the seed data; see EmulatorSteering.reset for what else a real emulator restores. */
  reset(): void;
  /** Scenarios, faults, clock pace and state (control/steering.ts); absent on test fakes. */
  readonly steering?: EmulatorSteering;
}

export interface EmulatorOptions {
  /** Demo pace multiplier (MOCK_ECS_SPEED); 1 = an image of 40 + 300 GiB takes about a minute. */
  speed?: number;
  /** 'manual': time moves only by clock.advance (tests). 'real' (default): wall time x speed. */
  clock?: 'real' | 'manual';
  /** Accepted credentials; defaults to MOCK_ECS_ACCESS_KEY_ID/SECRET or the documented defaults. */
  credentials?: ReadonlyMap<string, string>;
  /** Emulated epoch ms when the clock starts; default: wall time ('real'), a fixed 2026-01-15T02:00:00Z ('manual'). */
  startTime?: number;
}

export const DEFAULT_MOCK_ACCESS_KEY_ID = 'LTAI5tMockEcsConsole';
export const DEFAULT_MOCK_ACCESS_KEY_SECRET = 'mock-ecs-secret-do-not-use-in-production';
