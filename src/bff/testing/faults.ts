import type { ActionHandler, Emulator } from '../../../mocks/ecs/types';

/** An emulator whose actions can be made to fail on demand, through the seam every emulator has. */
export interface FaultyEmulator extends Emulator {
  /** Replaces one action's answer until `clearFaults`. */
  failAction(action: string, handler: ActionHandler): void;
  clearFaults(): void;
}

export function withFaults(emulator: Emulator): FaultyEmulator {
  const faults = new Map<string, ActionHandler>();
  const actions: Record<string, ActionHandler> = {};
  for (const name of Object.keys(emulator.actions)) {
    actions[name] = (context, params) => (faults.get(name) ?? emulator.actions[name]!)(context, params);
  }
  return {
    actions,
    credentials: emulator.credentials,
    clock: emulator.clock,
    reset: () => emulator.reset(),
    failAction: (action, handler) => faults.set(action, handler),
    clearFaults: () => faults.clear(),
  };
}
