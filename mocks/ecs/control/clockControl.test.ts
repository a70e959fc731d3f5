// The clock controls: speed, freeze/unfreeze, advance, and what reset restores.
import { MANUAL_CLOCK_START, createClock } from '../clock';
import { createEmulator } from '../emulator';
import { ACCOUNT, DB_STAGING_02, createImage, imageById } from '../testkit';

const WALL = Date.UTC(2026, 11, 3, 12, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(WALL);
});
afterEach(() => vi.useRealTimers());

describe('clock pace', () => {
  it('a manual clock is frozen; unfrozen it runs at its speed; frozen again it stops', () => {
    const clock = createClock({ mode: 'manual' });
    expect(clock.pace()).toEqual({ speed: 1, frozen: true });
    clock.setPace({ frozen: false, speed: 5 });
    vi.setSystemTime(WALL + 2_000);
    expect(clock.now()).toBe(MANUAL_CLOCK_START + 10_000);
    clock.setPace({ frozen: true });
    vi.setSystemTime(WALL + 60_000);
    expect(clock.now()).toBe(MANUAL_CLOCK_START + 10_000);
  });

  it('changing speed never makes time jump: only later wall time runs at the new speed', () => {
    const clock = createClock({ mode: 'real', speed: 1 });
    vi.setSystemTime(WALL + 10_000);
    clock.setPace({ speed: 20 });
    expect(clock.now()).toBe(WALL + 10_000);
    vi.setSystemTime(WALL + 11_000);
    expect(clock.now()).toBe(WALL + 30_000);
  });

  it('advance works whether frozen or running', () => {
    const clock = createClock({ mode: 'real', speed: 2 });
    clock.advance(30);
    expect(clock.now()).toBe(WALL + 30_000);
    clock.setPace({ frozen: true });
    clock.advance(30);
    expect(clock.now()).toBe(WALL + 60_000);
  });

  it('refuses a speed that is not positive or above 1000', () => {
    const clock = createClock({ mode: 'manual' });
    expect(() => clock.setPace({ speed: 0 })).toThrow(RangeError);
    expect(() => clock.setPace({ speed: 1001 })).toThrow(RangeError);
    expect(clock.pace()).toEqual({ speed: 1, frozen: true });
  });
});

describe('clock controls on the emulator', () => {
  it('setClock reports the new pace and the emulated now; a demo at 20x builds an image 20 times faster', () => {
    const emulator = createEmulator({ clock: 'manual', credentials: new Map([[ACCOUNT, 's']]) });
    expect(emulator.steering.clock()).toEqual({ now: new Date(MANUAL_CLOCK_START).toISOString(), speed: 1, frozen: true });
    expect(emulator.steering.setClock({ speed: 20, frozen: false })).toMatchObject({ speed: 20, frozen: false });
    const imageId = createImage(emulator, { InstanceId: DB_STAGING_02, ImageName: 'fast-demo' });
    // 40 GiB takes 12.2 emulated seconds: 0.61 wall seconds at 20x.
    vi.setSystemTime(WALL + 600);
    expect(imageById(emulator, imageId).Status).toBe('Creating');
    vi.setSystemTime(WALL + 700);
    expect(imageById(emulator, imageId).Status).toBe('Available');
  });

  it('reset restores the start-up pace but does not rewind time', () => {
    const emulator = createEmulator({ clock: 'manual', credentials: new Map([[ACCOUNT, 's']]) });
    emulator.steering.setClock({ speed: 5, frozen: false });
    vi.setSystemTime(WALL + 1_000);
    emulator.reset();
    expect(emulator.steering.clock()).toEqual({ now: new Date(MANUAL_CLOCK_START + 5_000).toISOString(), speed: 1, frozen: true });
  });
});
