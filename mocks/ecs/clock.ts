import type { EmulatorClock } from './types';

/** Where a manual clock starts unless told otherwise: after every seeded date, fixed so tests repeat. */
export const MANUAL_CLOCK_START = Date.UTC(2026, 0, 15, 2, 0, 0);

/** Emulated seconds per wall second are capped so a typo cannot finish a day's work in a blink. */
export const MAX_CLOCK_SPEED = 1000;

export interface ClockOptions {
  mode?: 'real' | 'manual';
  /** Emulated seconds per wall second in 'real' mode. */
  speed?: number;
  /** Emulated epoch ms at creation; defaults to wall time ('real') or MANUAL_CLOCK_START ('manual'). */
  startTime?: number;
}

/** How emulated time flows: `speed` emulated seconds per wall second, or not at all while frozen. */
export interface ClockPace {
  speed: number;
  frozen: boolean;
}

export interface EmulatedClock extends EmulatorClock {
  /** How the clock was started: 'manual' starts frozen, 'real' starts running. */
  readonly mode: 'real' | 'manual';
  /** The current speed (it can change with setPace). */
  readonly speed: number;
  pace(): ClockPace;
  /** Changes speed and/or freezes; emulated time never jumps when the pace changes. */
  setPace(change: Partial<ClockPace>): ClockPace;
  /** Back to the pace the clock started with; emulated time keeps its value. */
  restorePace(): ClockPace;
}

function checkSpeed(speed: number): void {
  if (!Number.isFinite(speed) || speed <= 0 || speed > MAX_CLOCK_SPEED) {
    throw new RangeError(`Clock speed must be a positive number up to ${MAX_CLOCK_SPEED}, got ${speed}.`);
  }
}

/**
 * The emulator's only source of time. Nothing is scheduled on it: the model derives progress
 * from `now()` whenever it is read, so `advance()` takes effect on the very next request.
 * A 'manual' clock is a frozen one; unfreezing it lets it run at its speed (demo controls).
 */
export function createClock(options: ClockOptions = {}): EmulatedClock {
  const mode = options.mode ?? 'real';
  const initial: ClockPace = { speed: options.speed ?? 1, frozen: mode === 'manual' };
  checkSpeed(initial.speed);
  let current: ClockPace = { ...initial };
  // Emulated time = anchorEmulated + (wall - anchorWall) * speed, re-anchored on every pace change.
  let anchorWall = Date.now();
  let anchorEmulated = options.startTime ?? (mode === 'manual' ? MANUAL_CLOCK_START : anchorWall);

  const exactNow = () => (current.frozen ? anchorEmulated : anchorEmulated + (Date.now() - anchorWall) * current.speed);
  const reanchor = () => {
    anchorEmulated = exactNow();
    anchorWall = Date.now();
  };

  const clock: EmulatedClock = {
    mode,
    get speed() {
      return current.speed;
    },
    now: () => Math.floor(exactNow()),
    advance(seconds: number) {
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new RangeError(`The clock only moves forward; got ${seconds} seconds.`);
      }
      anchorEmulated += seconds * 1000;
    },
    pace: () => ({ ...current }),
    setPace(change) {
      if (change.speed !== undefined) checkSpeed(change.speed);
      reanchor();
      current = { speed: change.speed ?? current.speed, frozen: change.frozen ?? current.frozen };
      return clock.pace();
    },
    restorePace: () => clock.setPace(initial),
  };
  return clock;
}
