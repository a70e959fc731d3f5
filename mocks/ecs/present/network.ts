import type { KeyPairRecord, SecurityGroupRecord, VSwitchRecord, VpcRecord } from '../model';
import { formatSecond } from '../time';

/** Entries of DescribeVpcs, DescribeVSwitches, DescribeSecurityGroups and DescribeKeyPairs, in ECS's shapes. */

export function presentVpc(vpc: VpcRecord, regionId: string, vSwitchIds: string[]): Record<string, unknown> {
  return {
    VpcId: vpc.vpcId,
    VpcName: vpc.vpcName,
    Description: vpc.description,
    RegionId: regionId,
    Status: 'Available',
    CidrBlock: vpc.cidrBlock,
    UserCidrs: { UserCidr: [] },
    VRouterId: `vrt-${vpc.vpcId.slice(4)}`,
    VSwitchIds: { VSwitchId: vSwitchIds },
    IsDefault: vpc.isDefault,
    CreationTime: formatSecond(vpc.creationTime),
  };
}

export function presentVSwitch(vSwitch: VSwitchRecord, availableIpAddressCount: number, resourceGroupId: string): Record<string, unknown> {
  return {
    VSwitchId: vSwitch.vSwitchId,
    VSwitchName: vSwitch.vSwitchName,
    Description: vSwitch.description,
    VpcId: vSwitch.vpcId,
    ZoneId: vSwitch.zoneId,
    Status: 'Available',
    CidrBlock: vSwitch.cidrBlock,
    AvailableIpAddressCount: availableIpAddressCount,
    IsDefault: vSwitch.isDefault,
    ResourceGroupId: resourceGroupId,
    CreationTime: formatSecond(vSwitch.creationTime),
  };
}

export function presentSecurityGroup(group: SecurityGroupRecord, ecsCount: number, resourceGroupId: string): Record<string, unknown> {
  return {
    SecurityGroupId: group.securityGroupId,
    SecurityGroupName: group.securityGroupName,
    Description: group.description,
    VpcId: group.vpcId,
    SecurityGroupType: 'normal',
    ServiceManaged: false,
    EcsCount: ecsCount,
    // A basic security group holds up to 2000 private IPs.
    AvailableInstanceAmount: Math.max(0, 2000 - ecsCount),
    RuleCount: 2,
    GroupToGroupRuleCount: 0,
    ResourceGroupId: resourceGroupId,
    CreationTime: formatSecond(group.creationTime),
    Tags: { Tag: [] },
  };
}

export function presentKeyPair(keyPair: KeyPairRecord, resourceGroupId: string): Record<string, unknown> {
  return {
    KeyPairName: keyPair.keyPairName,
    KeyPairFingerPrint: keyPair.fingerPrint,
    ResourceGroupId: resourceGroupId,
    CreationTime: formatSecond(keyPair.creationTime),
    Tags: { Tag: [] },
  };
}
