import type { EmulatorClock } from './types';

/** Where a manual clock starts unless told otherwise: after every seeded date, fixed so tests repeat. */
export const MANUAL_CLOCK_START = Date.UTC(2026, 0, 15, 2, 0, 0);

export interface ClockOptions {
  mode?: 'real' | 'manual';
  /** Emulated seconds per wall second in 'real' mode. */
  speed?: number;
  /** Emulated epoch ms at creation; defaults to wall time ('real') or MANUAL_CLOCK_START ('manual'). */
  startTime?: number;
}

export interface EmulatedClock extends EmulatorClock {
  readonly mode: 'real' | 'manual';
  readonly speed: number;
}

/**
 * The emulator's only source of time. Nothing is scheduled on it: the model derives progress
 * from `now()` whenever it is read, so `advance()` takes effect on the very next request.
 */
export function createClock(options: ClockOptions = {}): EmulatedClock {
  const mode = options.mode ?? 'real';
  const speed = options.speed ?? 1;
  if (!Number.isFinite(speed) || speed <= 0) {
    throw new RangeError(`Clock speed must be a positive number, got ${speed}.`);
  }
  const wallAtStart = Date.now();
  const start = options.startTime ?? (mode === 'manual' ? MANUAL_CLOCK_START : wallAtStart);
  let advancedMs = 0;

  return {
    mode,
    speed,
    now() {
      const elapsed = mode === 'real' ? (Date.now() - wallAtStart) * speed : 0;
      return Math.floor(start + elapsed + advancedMs);
    },
    advance(seconds: number) {
      if (!Number.isFinite(seconds) || seconds < 0) {
        throw new RangeError(`The clock only moves forward; got ${seconds} seconds.`);
      }
      advancedMs += seconds * 1000;
    },
  };
}
