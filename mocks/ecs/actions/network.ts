import { dryRunPassed } from '../errors';
import { requireRegion } from '../lookup';
import { paginate } from '../paging';
import { bool, commaList, jsonIdList, nameMatcher, optional } from '../params';
import { presentKeyPair, presentSecurityGroup, presentVSwitch, presentVpc } from '../present/network';
import { DEFAULT_RESOURCE_GROUP_ID } from '../seed/resourceGroups';
import type { ModelAction } from './action';
import { usableAddressCount } from './privateIp';

type Filter<T> = (item: T) => boolean;

function matchAll<T>(items: readonly T[], filters: Filter<T>[]): T[] {
  return items.filter((item) => filters.every((filter) => filter(item)));
}

/** Optional boolean filter `IsDefault`. */
function isDefaultFilter<T extends { isDefault: boolean }>(params: Parameters<ModelAction>[2]): Filter<T>[] {
  if (optional(params, 'IsDefault') === undefined) return [];
  const wanted = bool(params, 'IsDefault');
  return [(item) => item.isDefault === wanted];
}

/** DescribeVpcs: VpcId (comma list), IsDefault; PageNumber/PageSize. */
export const describeVpcs: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const ids = commaList(params, 'VpcId');
  const filters: Filter<(typeof region.vpcs)[number]>[] = [...isDefaultFilter(params)];
  if (ids) filters.push((vpc) => ids.includes(vpc.vpcId));
  const page = paginate(matchAll(region.vpcs, filters), params, { kind: 'DescribeVpcs', maxResults: 0 });
  return {
    ...page.fields,
    Vpcs: {
      Vpc: page.items.map((vpc) =>
        presentVpc(
          vpc,
          region.regionId,
          region.vSwitches.filter((vSwitch) => vSwitch.vpcId === vpc.vpcId).map((vSwitch) => vSwitch.vSwitchId),
        ),
      ),
    },
  };
};

/** DescribeVSwitches: VpcId, ZoneId, VSwitchId, IsDefault; PageNumber/PageSize. */
export const describeVSwitches: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const filters: Filter<(typeof region.vSwitches)[number]>[] = [...isDefaultFilter(params)];
  for (const [param, field] of [
    ['VpcId', 'vpcId'],
    ['ZoneId', 'zoneId'],
    ['VSwitchId', 'vSwitchId'],
  ] as const) {
    const wanted = optional(params, param);
    if (wanted !== undefined) filters.push((vSwitch) => vSwitch[field] === wanted);
  }
  const page = paginate(matchAll(region.vSwitches, filters), params, { kind: 'DescribeVSwitches', maxResults: 0 });
  return {
    ...page.fields,
    VSwitches: {
      VSwitch: page.items.map((vSwitch) =>
        presentVSwitch(vSwitch, usableAddressCount(region, vSwitch), DEFAULT_RESOURCE_GROUP_ID),
      ),
    },
  };
};

/** DescribeSecurityGroups: VpcId, SecurityGroupId, SecurityGroupIds (JSON array), SecurityGroupName; NextToken or PageNumber. */
export const describeSecurityGroups: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const filters: Filter<(typeof region.securityGroups)[number]>[] = [];
  const ids = jsonIdList(params, 'SecurityGroupIds');
  if (ids) filters.push((group) => ids.includes(group.securityGroupId));
  for (const [param, field] of [
    ['VpcId', 'vpcId'],
    ['SecurityGroupId', 'securityGroupId'],
    ['SecurityGroupName', 'securityGroupName'],
  ] as const) {
    const wanted = optional(params, param);
    if (wanted !== undefined) filters.push((group) => group[field] === wanted);
  }
  if (bool(params, 'DryRun')) throw dryRunPassed();
  const page = paginate(matchAll(region.securityGroups, filters), params, { kind: 'DescribeSecurityGroups', maxResults: 100 });
  return {
    RegionId: region.regionId,
    ...page.fields,
    SecurityGroups: {
      SecurityGroup: page.items.map((group) =>
        presentSecurityGroup(
          group,
          region.instances.filter((instance) => instance.securityGroupId === group.securityGroupId).length,
          DEFAULT_RESOURCE_GROUP_ID,
        ),
      ),
    },
  };
};

/** DescribeKeyPairs: KeyPairName (`*` wildcard), KeyPairFingerPrint; PageNumber/PageSize. */
export const describeKeyPairs: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const filters: Filter<(typeof region.keyPairs)[number]>[] = [];
  const name = optional(params, 'KeyPairName');
  if (name !== undefined) {
    const matches = nameMatcher(name, 'anchored');
    filters.push((keyPair) => matches(keyPair.keyPairName));
  }
  const fingerPrint = optional(params, 'KeyPairFingerPrint');
  if (fingerPrint !== undefined) filters.push((keyPair) => keyPair.fingerPrint === fingerPrint);
  const page = paginate(matchAll(region.keyPairs, filters), params, { kind: 'DescribeKeyPairs', maxResults: 0 });
  return { ...page.fields, KeyPairs: { KeyPair: page.items.map((keyPair) => presentKeyPair(keyPair, DEFAULT_RESOURCE_GROUP_ID)) } };
};
