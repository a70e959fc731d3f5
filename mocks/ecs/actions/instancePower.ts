import { dryRunPassed, expiredOrInArrears, incorrectInstanceStatus, invalidParameter, lockedForSecurity } from '../errors';
import { findInstanceAnywhere, isExpiredOrInArrears, isLockedForSecurity } from '../lookup';
import type { InstanceRecord, InstanceStatus } from '../model';
import { REBOOT_SECONDS, START_SECONDS, STOP_SECONDS } from '../pace';
import { bool, oneOf, optional, required } from '../params';
import { failImagesBuiltFrom } from '../settle';
import type { ActionContext, EcsParams } from '../types';
import type { EmulatorModel } from '../store';
import type { ModelAction } from './action';

interface PowerChange {
  from: InstanceStatus;
  via: InstanceStatus;
  to: InstanceStatus;
  seconds: number;
}

/**
 * The shared path of Start/Stop/RebootInstance (no RegionId: the region comes from the endpoint).
 * As on ECS the action succeeds even while an image is being created from the instance; that
 * image then fails (CreateFailed), which is why the console warns against it.
 */
function changePower(
  model: EmulatorModel,
  ctx: ActionContext,
  params: EcsParams,
  change: PowerChange,
  apply?: (instance: InstanceRecord) => void,
): Record<string, unknown> {
  const account = model.account(ctx.accessKeyId);
  const instanceId = required(params, 'InstanceId');
  const dryRun = bool(params, 'DryRun');
  const { region, instance } = findInstanceAnywhere(account, ctx, instanceId);
  const now = model.clock.now();
  if (isLockedForSecurity(instance)) throw lockedForSecurity(403);
  if (isExpiredOrInArrears(instance, now)) throw expiredOrInArrears();
  if (instance.status !== change.from) throw incorrectInstanceStatus(403);
  if (dryRun) throw dryRunPassed();

  failImagesBuiltFrom(region, instance.instanceId, now);
  instance.status = change.via;
  instance.transition = { to: change.to, at: now + change.seconds * 1000 };
  apply?.(instance);
  return {};
}

export const stopInstance: ModelAction = (model, ctx, params) => {
  bool(params, 'ForceStop');
  bool(params, 'Hibernate');
  const stoppedMode = optional(params, 'StoppedMode');
  if (stoppedMode !== undefined) oneOf(stoppedMode, ['StopCharging', 'KeepCharging'], () => invalidParameter('StoppedMode'));
  return changePower(model, ctx, params, { from: 'Running', via: 'Stopping', to: 'Stopped', seconds: STOP_SECONDS }, (instance) => {
    // Economical mode (StopCharging) applies to pay-as-you-go only; subscriptions report Not-applicable.
    instance.stoppedMode =
      instance.chargeType === 'PrePaid' ? 'Not-applicable' : stoppedMode === 'StopCharging' ? 'StopCharging' : 'KeepCharging';
  });
};

export const startInstance: ModelAction = (model, ctx, params) => {
  bool(params, 'InitLocalDisk');
  return changePower(model, ctx, params, { from: 'Stopped', via: 'Starting', to: 'Running', seconds: START_SECONDS }, (instance) => {
    instance.stoppedMode = 'Not-applicable';
  });
};

export const rebootInstance: ModelAction = (model, ctx, params) => {
  bool(params, 'ForceStop');
  return changePower(model, ctx, params, { from: 'Running', via: 'Starting', to: 'Running', seconds: REBOOT_SECONDS });
};
