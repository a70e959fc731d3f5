import type { AccountState } from '../model';
import { optional } from '../params';
import { EcsError, type EcsParams } from '../types';
import { fingerprintOf } from './createImageInput';

/**
 * ClientToken idempotency for RunInstances and ReplaceSystemDisk (ecs-reference §3.5): the same
 * token with the same parameters gets the first answer again and changes nothing; with other
 * parameters, IdempotentParameterMismatch (the generic code; CreateImage has its own). A request
 * that fails (or is a DryRun) leaves no trace, so it can be retried with the same token.
 */
export function oncePerClientToken(
  account: AccountState,
  action: string,
  params: EcsParams,
  run: () => Record<string, unknown>,
): Record<string, unknown> {
  const token = optional(params, 'ClientToken');
  if (token === undefined) return run();
  if (token.length > 64 || !/^[\x20-\x7e]+$/.test(token)) {
    throw new EcsError(400, 'InvalidClientToken.ValueNotSupported', 'The ClientToken provided is invalid.');
  }
  const key = `${action}|${token}`;
  const fingerprint = fingerprintOf(params);
  const previous = account.actionClientTokens.get(key);
  if (previous) {
    if (previous.fingerprint !== fingerprint) {
      throw new EcsError(400, 'IdempotentParameterMismatch', 'Request uses a client token in a previous request but is not identical to that request.');
    }
    return previous.result;
  }
  const result = run();
  account.actionClientTokens.set(key, { fingerprint, result });
  return result;
}

/** `MissingParameter` as RunInstances and ReplaceSystemDisk document it (no `.Name` suffix). */
export function missingParameterPlain(name: string): EcsError {
  return new EcsError(400, 'MissingParameter', `The input parameter “${name}” that is mandatory for processing this request is not supplied.`);
}
