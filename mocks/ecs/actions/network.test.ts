import { call, callError, errorOf, makeEmulator } from '../testkit';
import { LEGACY_VPC, MAIN_VPC, SG_DEFAULT, SG_LEGACY, SG_WEB, VSW_H, VSW_LEGACY_H } from '../testkitImageLife';

interface VSwitchWire {
  VSwitchId: string;
  VpcId: string;
  ZoneId: string;
  CidrBlock: string;
  AvailableIpAddressCount: number;
  Status: string;
}

describe('DescribeVpcs / DescribeVSwitches / DescribeSecurityGroups / DescribeKeyPairs', () => {
  it('lists the region’s VPCs with their vSwitch IDs', () => {
    const response = call<{ TotalCount: number; Vpcs: { Vpc: { VpcId: string; VpcName: string; CidrBlock: string; Status: string; VSwitchIds: { VSwitchId: string[] } }[] } }>(
      makeEmulator(),
      'DescribeVpcs',
      { RegionId: 'cn-hangzhou' },
    );
    expect(response.TotalCount).toBe(2);
    const [main, legacy] = response.Vpcs.Vpc;
    expect(main).toMatchObject({ VpcId: MAIN_VPC, VpcName: 'main-vpc', CidrBlock: '172.16.0.0/12', Status: 'Available' });
    expect(main?.VSwitchIds.VSwitchId).toHaveLength(4);
    expect(legacy?.VSwitchIds.VSwitchId).toEqual([VSW_LEGACY_H]);
    const one = call<{ Vpcs: { Vpc: unknown[] } }>(makeEmulator(), 'DescribeVpcs', { RegionId: 'cn-hangzhou', VpcId: LEGACY_VPC });
    expect(one.Vpcs.Vpc).toHaveLength(1);
  });

  it('lists vSwitches per zone with CIDR and free addresses, filtered by VPC and zone', () => {
    const emulator = makeEmulator();
    const all = call<{ VSwitches: { VSwitch: VSwitchWire[] } }>(emulator, 'DescribeVSwitches', { RegionId: 'cn-hangzhou', VpcId: MAIN_VPC });
    expect(all.VSwitches.VSwitch.map((vSwitch) => [vSwitch.ZoneId, vSwitch.CidrBlock])).toEqual([
      ['cn-hangzhou-h', '172.16.1.0/24'],
      ['cn-hangzhou-i', '172.16.2.0/24'],
      ['cn-hangzhou-j', '172.16.3.0/24'],
      ['cn-hangzhou-k', '172.16.4.0/24'],
    ]);
    const zoneH = call<{ VSwitches: { VSwitch: VSwitchWire[] } }>(emulator, 'DescribeVSwitches', { RegionId: 'cn-hangzhou', ZoneId: 'cn-hangzhou-h' });
    expect(zoneH.VSwitches.VSwitch.map((vSwitch) => vSwitch.VSwitchId)).toEqual([VSW_H, VSW_LEGACY_H]);
    // Zone H runs web-prod-01 (.10), db-staging-02 (.21), sec-audit-03 (.33); jump-host-01's .2 is below the usable range.
    expect(zoneH.VSwitches.VSwitch[0]?.AvailableIpAddressCount).toBe(250 - 3);
  });

  it('lists security groups with their VPC, by VpcId or by SecurityGroupIds', () => {
    const emulator = makeEmulator();
    const inMain = call<{ SecurityGroups: { SecurityGroup: { SecurityGroupId: string; SecurityGroupName: string; VpcId: string; EcsCount: number }[] } }>(
      emulator,
      'DescribeSecurityGroups',
      { RegionId: 'cn-hangzhou', VpcId: MAIN_VPC },
    );
    expect(inMain.SecurityGroups.SecurityGroup.map((group) => [group.SecurityGroupId, group.SecurityGroupName])).toEqual([
      [SG_DEFAULT, 'default-sg'],
      [SG_WEB, 'web-sg'],
    ]);
    expect(inMain.SecurityGroups.SecurityGroup[0]?.EcsCount).toBe(14);
    const byIds = call<{ TotalCount: number }>(emulator, 'DescribeSecurityGroups', {
      RegionId: 'cn-hangzhou',
      SecurityGroupIds: JSON.stringify([SG_LEGACY]),
    });
    expect(byIds.TotalCount).toBe(1);
  });

  it('lists key pairs with fingerprints, and filters by name with *', () => {
    const emulator = makeEmulator();
    const all = call<{ KeyPairs: { KeyPair: { KeyPairName: string; KeyPairFingerPrint: string }[] } }>(emulator, 'DescribeKeyPairs', {
      RegionId: 'cn-hangzhou',
    });
    expect(all.KeyPairs.KeyPair.map((keyPair) => keyPair.KeyPairName)).toEqual(['ops-2025', 'deploy-ci']);
    expect(all.KeyPairs.KeyPair[0]?.KeyPairFingerPrint).toMatch(/^[0-9a-f]{32}$/);
    const some = call<{ TotalCount: number }>(emulator, 'DescribeKeyPairs', { RegionId: 'cn-hangzhou', KeyPairName: 'deploy*' });
    expect(some.TotalCount).toBe(1);
  });

  it('gives an empty region its own network too, and requires RegionId', () => {
    const emulator = makeEmulator();
    const vSwitches = call<{ TotalCount: number }>(emulator, 'DescribeVSwitches', { RegionId: 'eu-central-1' });
    expect(vSwitches.TotalCount).toBe(3);
    expect(errorOf(callError(emulator, 'DescribeVpcs', {}))).toEqual({ status: 400, code: 'MissingParameter.RegionId' });
  });
});

describe('DescribeInstanceTypes', () => {
  interface TypeWire {
    InstanceTypeId: string;
    CpuCoreCount: number;
    MemorySize: number;
    CpuArchitecture: string;
    InstanceTypeFamily: string;
  }
  const describe_ = (params: Record<string, string> = {}) =>
    call<{ InstanceTypes: { InstanceType: TypeWire[] } }>(makeEmulator(), 'DescribeInstanceTypes', params).InstanceTypes.InstanceType;

  it('lists every type with vCPUs and memory in GiB when no filter is given', () => {
    const all = describe_();
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.find((type) => type.InstanceTypeId === 'ecs.g7.large')).toMatchObject({ CpuCoreCount: 2, MemorySize: 8, CpuArchitecture: 'X86' });
    expect(all.find((type) => type.InstanceTypeId === 'ecs.g8y.large')?.CpuArchitecture).toBe('ARM');
  });

  it('filters by InstanceTypes.N; unknown types are simply absent', () => {
    const some = describe_({ 'InstanceTypes.1': 'ecs.c7.xlarge', 'InstanceTypes.2': 'ecs.nope.large' });
    expect(some.map((type) => [type.InstanceTypeId, type.CpuCoreCount, type.MemorySize])).toEqual([['ecs.c7.xlarge', 4, 8]]);
    expect(describe_({ InstanceTypeFamily: 'ecs.r7' }).map((type) => type.InstanceTypeId)).toEqual(['ecs.r7.large', 'ecs.r7.xlarge']);
    expect(errorOf(callError(makeEmulator(), 'DescribeInstanceTypes', { 'InstanceTypes.11': 'ecs.g7.large' })).code).toBe('InvalidParameter');
  });
});
