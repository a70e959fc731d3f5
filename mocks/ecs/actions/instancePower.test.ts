import {
  BATCH_WORKER_05,
  BILLING_LEGACY_04,
  DB_STAGING_02,
  SEC_AUDIT_03,
  SG_WEB_01,
  WEB_PROD_01,
  call,
  callError,
  errorOf,
  instanceById,
  makeEmulator,
} from '../testkit';

describe('StopInstance / StartInstance / RebootInstance', () => {
  it('Stop: Running -> Stopping -> Stopped after about 10 s', () => {
    const emulator = makeEmulator();
    expect(call(emulator, 'StopInstance', { InstanceId: WEB_PROD_01, ForceStop: 'true', StoppedMode: 'StopCharging' })).toEqual({});
    expect(instanceById(emulator, WEB_PROD_01).Status).toBe('Stopping');
    emulator.clock.advance(9);
    expect(instanceById(emulator, WEB_PROD_01).Status).toBe('Stopping');
    emulator.clock.advance(1);
    expect(instanceById(emulator, WEB_PROD_01)).toMatchObject({ Status: 'Stopped', StoppedMode: 'StopCharging' });
  });

  it('Start: Stopped -> Starting -> Running after about 10 s', () => {
    const emulator = makeEmulator();
    call(emulator, 'StartInstance', { InstanceId: DB_STAGING_02 });
    expect(instanceById(emulator, DB_STAGING_02).Status).toBe('Starting');
    emulator.clock.advance(10);
    expect(instanceById(emulator, DB_STAGING_02).Status).toBe('Running');
  });

  it('Reboot: Running -> Starting -> Running after about 15 s', () => {
    const emulator = makeEmulator();
    call(emulator, 'RebootInstance', { InstanceId: WEB_PROD_01 });
    expect(instanceById(emulator, WEB_PROD_01).Status).toBe('Starting');
    emulator.clock.advance(14);
    expect(instanceById(emulator, WEB_PROD_01).Status).toBe('Starting');
    emulator.clock.advance(1);
    expect(instanceById(emulator, WEB_PROD_01).Status).toBe('Running');
  });

  it('refuses the wrong state with IncorrectInstanceStatus 403', () => {
    const emulator = makeEmulator();
    expect(errorOf(callError(emulator, 'StartInstance', { InstanceId: WEB_PROD_01 }))).toEqual({ status: 403, code: 'IncorrectInstanceStatus' });
    expect(errorOf(callError(emulator, 'StopInstance', { InstanceId: DB_STAGING_02 }))).toEqual({ status: 403, code: 'IncorrectInstanceStatus' });
    expect(errorOf(callError(emulator, 'RebootInstance', { InstanceId: DB_STAGING_02 }))).toEqual({ status: 403, code: 'IncorrectInstanceStatus' });
  });

  it('keeps the seeded transient instance Starting until reset, whatever the clock does', () => {
    const emulator = makeEmulator();
    emulator.clock.advance(86400);
    expect(instanceById(emulator, BATCH_WORKER_05).Status).toBe('Starting');
    expect(callError(emulator, 'StopInstance', { InstanceId: BATCH_WORKER_05 }).code).toBe('IncorrectInstanceStatus');
  });

  it('refuses a security-locked instance with InstanceLockedForSecurity 403', () => {
    const error = callError(makeEmulator(), 'StopInstance', { InstanceId: SEC_AUDIT_03 });
    expect(errorOf(error)).toEqual({ status: 403, code: 'InstanceLockedForSecurity' });
  });

  it('refuses an expired subscription with InstanceExpiredOrInArrears 403', () => {
    const error = callError(makeEmulator(), 'StartInstance', { InstanceId: BILLING_LEGACY_04 });
    expect(errorOf(error)).toEqual({ status: 403, code: 'InstanceExpiredOrInArrears' });
  });

  it('needs InstanceId, and answers InvalidInstanceId.NotFound 404 for an unknown one', () => {
    const emulator = makeEmulator();
    expect(errorOf(callError(emulator, 'StopInstance', {}))).toEqual({ status: 400, code: 'MissingParameter.InstanceId' });
    expect(errorOf(callError(emulator, 'StopInstance', { InstanceId: 'i-bp1nothere0000000000' }))).toEqual({
      status: 404,
      code: 'InvalidInstanceId.NotFound',
    });
  });

  it('takes no RegionId: searches every region, or only the endpoint’s region when it names one', () => {
    const emulator = makeEmulator();
    expect(call(emulator, 'StopInstance', { InstanceId: SG_WEB_01 })).toEqual({});
    expect(instanceById(emulator, SG_WEB_01, 'ap-southeast-1').Status).toBe('Stopping');

    const wrongEndpoint = callError(emulator, 'RebootInstance', { InstanceId: WEB_PROD_01 }, { hostRegionId: 'ap-southeast-1' });
    expect(wrongEndpoint.code).toBe('InvalidInstanceId.NotFound');
    expect(call(emulator, 'RebootInstance', { InstanceId: WEB_PROD_01 }, { hostRegionId: 'cn-hangzhou' })).toEqual({});
  });

  it('DryRun=true checks and changes nothing', () => {
    const emulator = makeEmulator();
    expect(callError(emulator, 'StopInstance', { InstanceId: WEB_PROD_01, DryRun: 'true' }).code).toBe('DryRunOperation');
    expect(instanceById(emulator, WEB_PROD_01).Status).toBe('Running');
  });

  it('refuses an unknown StoppedMode', () => {
    const error = callError(makeEmulator(), 'StopInstance', { InstanceId: WEB_PROD_01, StoppedMode: 'Hibernate' });
    expect(errorOf(error)).toEqual({ status: 400, code: 'InvalidParameter' });
  });
});
