import type { Emulator } from '../types';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Applies the emulator's faults to one authenticated call of `action`: waits any injected latency,
 * then throws the injected ECS error, or returns a network error (Response.error(): msw fails the
 * request in-process, the standalone server destroys the socket). Undefined: answer normally.
 */
export async function injectFault(emulator: Emulator, action: string): Promise<Response | undefined> {
  const outcome = emulator.steering?.faults.decide(action);
  if (!outcome) return undefined;
  if (outcome.delayMs > 0) await sleep(outcome.delayMs);
  if (outcome.answer === 'error') throw outcome.error;
  if (outcome.answer === 'drop') return Response.error();
  return undefined;
}
