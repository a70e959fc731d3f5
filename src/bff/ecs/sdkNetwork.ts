import type { InstanceTypeList, NetworkOptions } from '../../contract';
import type { ImageLifePort } from './imageLifePort';
import { toInstanceType, toKeyPair, toSecurityGroup, toVSwitch } from './mapImageLife';
import type { SdkAccess } from './sdkImageLife';
import { EcsModels as M } from './sdkModules';

/** VPC-style lists page by PageNumber with at most 50 per page. */
const PAGE_SIZE = 50;
/** Bounds the calls per request: 20 pages of 50 is more than a create-instance form can show. */
const MAX_PAGES = 20;

/** Pages through a PageNumber/PageSize list until TotalCount is reached or a page comes back short. */
async function allPages<T>(fetch: (pageNumber: number) => Promise<{ items: T[]; totalCount: number }>): Promise<T[]> {
  const all: T[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
    const { items, totalCount } = await fetch(pageNumber);
    all.push(...items);
    if (items.length < PAGE_SIZE || all.length >= totalCount) break;
  }
  return all;
}

type NetworkCalls = Pick<ImageLifePort, 'describeVSwitches' | 'describeSecurityGroups' | 'describeKeyPairs' | 'describeInstanceTypes'>;

/** What the create-instance form offers: vSwitches, security groups, key pairs, instance types. */
export function sdkNetworkCalls(sdk: SdkAccess): NetworkCalls {
  return {
    async describeVSwitches(regionId: string): Promise<NetworkOptions['vSwitches']> {
      return allPages(async (pageNumber) => {
        const request = new M.DescribeVSwitchesRequest({ regionId, pageNumber, pageSize: PAGE_SIZE });
        const response = await sdk.call('DescribeVSwitches', () => sdk.client(regionId).describeVSwitches(request));
        return { items: (response.body?.vSwitches?.vSwitch ?? []).map(toVSwitch), totalCount: response.body?.totalCount ?? 0 };
      });
    },

    async describeSecurityGroups(regionId: string): Promise<NetworkOptions['securityGroups']> {
      return allPages(async (pageNumber) => {
        const request = new M.DescribeSecurityGroupsRequest({ regionId, pageNumber, pageSize: PAGE_SIZE });
        const response = await sdk.call('DescribeSecurityGroups', () => sdk.client(regionId).describeSecurityGroups(request));
        return {
          items: (response.body?.securityGroups?.securityGroup ?? []).map(toSecurityGroup),
          totalCount: response.body?.totalCount ?? 0,
        };
      });
    },

    async describeKeyPairs(regionId: string): Promise<NetworkOptions['keyPairs']> {
      return allPages(async (pageNumber) => {
        const request = new M.DescribeKeyPairsRequest({ regionId, pageNumber, pageSize: PAGE_SIZE });
        const response = await sdk.call('DescribeKeyPairs', () => sdk.client(regionId).describeKeyPairs(request));
        return { items: (response.body?.keyPairs?.keyPair ?? []).map(toKeyPair), totalCount: response.body?.totalCount ?? 0 };
      });
    },

    async describeInstanceTypes(regionId: string, query: { zoneId?: string }): Promise<InstanceTypeList['instanceTypes']> {
      // DescribeInstanceTypes has no region or zone filter; a zone's offer comes from DescribeZones.
      const offered = query.zoneId ? await zoneInstanceTypes(sdk, regionId, query.zoneId) : undefined;
      const types: InstanceTypeList['instanceTypes'] = [];
      let nextToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const request = new M.DescribeInstanceTypesRequest({ nextToken, maxResults: 1600 });
        const response = await sdk.call('DescribeInstanceTypes', () => sdk.client(regionId).describeInstanceTypes(request));
        types.push(...(response.body?.instanceTypes?.instanceType ?? []).map(toInstanceType));
        nextToken = response.body?.nextToken || undefined;
        if (!nextToken) break;
      }
      return offered ? types.filter((type) => offered.has(type.instanceTypeId)) : types;
    },
  };
}

async function zoneInstanceTypes(sdk: SdkAccess, regionId: string, zoneId: string): Promise<Set<string>> {
  const request = new M.DescribeZonesRequest({ regionId, verbose: true });
  const response = await sdk.call('DescribeZones', () => sdk.client(regionId).describeZones(request));
  const zone = (response.body?.zones?.zone ?? []).find((z) => z.zoneId === zoneId);
  return new Set(zone?.availableInstanceTypes?.instanceTypes ?? []);
}
