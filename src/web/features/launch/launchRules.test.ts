import { describe, expect, it } from 'vitest';
import { initialLaunchValues, launchProblems, networkForZone, toRunInstancesBody, type LaunchValues } from './launchRules';
import { baseline, network } from './testing/fixtures';

const valid = (): LaunchValues => ({
  ...initialLaunchValues(baseline, ['cn-hangzhou-h', 'cn-hangzhou-i'], network),
  instanceType: 'ecs.g7.large',
  password: 'Passw0rd!x',
  confirmPassword: 'Passw0rd!x',
});

describe('Create Instance rules', () => {
  it('starts in the first zone with its first vSwitch, a group of that VPC and the image sizes', () => {
    const values = initialLaunchValues(baseline, ['cn-hangzhou-h'], network);
    expect(values).toMatchObject({ zoneId: 'cn-hangzhou-h', vSwitchId: 'vsw-main-h', securityGroupId: 'sg-default', systemDiskSize: '40', amount: '1' });
    expect(values.dataDiskSizes).toEqual({ '/dev/xvdb': '100', '/dev/xvdc': '200' });
    expect(launchProblems(valid(), baseline, network)).toEqual({});
  });

  it('moves the vSwitch with the zone and keeps the group only when it is in the new VPC', () => {
    expect(networkForZone('cn-hangzhou-i', network, 'sg-web')).toEqual({ vSwitchId: 'vsw-main-i', securityGroupId: 'sg-web' });
    expect(networkForZone('cn-hangzhou-k', network, 'sg-web')).toEqual({ vSwitchId: '', securityGroupId: '' });
    const mismatched = { ...valid(), vSwitchId: 'vsw-main-i' };
    expect(launchProblems(mismatched, baseline, network).vSwitchId?.key).toBe('launch.problems.vSwitch');
    const otherVpc = { ...valid(), securityGroupId: 'sg-legacy' };
    expect(launchProblems(otherVpc, baseline, network).securityGroupId?.key).toBe('launch.problems.securityGroup');
  });

  it('lets data disks grow but never shrink, and bounds the amount', () => {
    const shrunk = { ...valid(), dataDiskSizes: { '/dev/xvdb': '99', '/dev/xvdc': '300' } };
    expect(launchProblems(shrunk, baseline, network)).toEqual({
      'dataDisk:/dev/xvdb': { key: 'launch.problems.dataDiskShrink', values: { min: 100 } },
    });
    expect(launchProblems({ ...valid(), amount: '0' }, baseline, network).amount?.key).toBe('launch.problems.amount');
    expect(launchProblems({ ...valid(), amount: '101' }, baseline, network).amount?.key).toBe('launch.problems.amount');
    expect(launchProblems({ ...valid(), amount: '100' }, baseline, network)).toEqual({});
  });

  it('refuses key pairs on Windows images', () => {
    const windows = { ...baseline, platform: 'Windows Server 2022' };
    expect(launchProblems({ ...valid(), credential: 'keyPair', keyPairName: 'ops-2025' }, windows, network).keyPairName?.key).toBe(
      'launch.problems.keyPairWindows',
    );
  });

  it('sends the data disks by device with their chosen sizes', () => {
    const body = toRunInstancesBody({ ...valid(), dataDiskSizes: { '/dev/xvdb': '100', '/dev/xvdc': '512' } }, baseline, 'token-1');
    expect(body.dataDisks).toEqual([
      { device: '/dev/xvdb', sizeGiB: 100 },
      { device: '/dev/xvdc', sizeGiB: 512 },
    ]);
    expect(body).toMatchObject({ password: 'Passw0rd!x', clientToken: 'token-1', systemDiskSizeGiB: 40 });
    expect(body).not.toHaveProperty('keyPairName');
  });
});
