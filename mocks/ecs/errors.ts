import { EcsError } from './types';

/** ECS's errors that more than one action throws, with ECS's codes, statuses and wording. */

export function missingParameter(name: string): EcsError {
  return new EcsError(
    400,
    `MissingParameter.${name}`,
    `The input parameter “${name}” that is mandatory for processing this request is not supplied.`,
  );
}

export function invalidParameter(name: string): EcsError {
  return new EcsError(400, 'InvalidParameter', `The specified parameter “${name}” is not valid.`);
}

export function regionNotFound(): EcsError {
  return new EcsError(404, 'InvalidRegionId.NotFound', 'The specified RegionId does not exist.');
}

export function instanceNotFound(): EcsError {
  return new EcsError(404, 'InvalidInstanceId.NotFound', 'The specified InstanceId does not exist.');
}

/** CreateImage answers 400; StopInstance / StartInstance / RebootInstance answer 403 (ecs-reference §4.2). */
export function incorrectInstanceStatus(status: 400 | 403): EcsError {
  return new EcsError(status, 'IncorrectInstanceStatus', 'The current status of the instance does not support this operation.');
}

export function lockedForSecurity(status: 400 | 403): EcsError {
  return new EcsError(
    status,
    'InstanceLockedForSecurity',
    'The specified operation is denied as your instance is locked for security reasons.',
  );
}

export function expiredOrInArrears(): EcsError {
  return new EcsError(
    403,
    'InstanceExpiredOrInArrears',
    'The specified operation is denied as your prepay instance is expired (prepay mode) or in arrears (afterpay mode).',
  );
}

export function dryRunPassed(): EcsError {
  return new EcsError(400, 'DryRunOperation', 'Request validation has been passed with DryRun flag set.');
}
