import { hashChars, stableId } from '../ids';
import type { KeyPairRecord, SecurityGroupRecord, VSwitchRecord, VpcRecord } from '../model';
import { at } from '../time';
import { securityGroupIdOf, vSwitchIdOf, vpcIdOf } from './build';
import { findRegion, zoneIdsOf } from './regions';

/**
 * Every region's network, documented in seed/README.md: one VPC `main-vpc` (172.16.0.0/12) with a
 * vSwitch per zone (172.16.<n>.0/24), two security groups and two key pairs. cn-hangzhou also has
 * `legacy-vpc` (192.168.0.0/16) with one vSwitch and one security group, so that a security group
 * of another VPC can be picked (RunInstances InvalidParameter.Mismatch).
 */
export interface RegionNetwork {
  vpcs: VpcRecord[];
  vSwitches: VSwitchRecord[];
  securityGroups: SecurityGroupRecord[];
  keyPairs: KeyPairRecord[];
}

const CREATED = '2024-05-20T03:00:00Z';
/** The third octet of a region's first vSwitch: the seeded instances' private IPs already follow it. */
const FIRST_SUBNET: Readonly<Record<string, number>> = { 'ap-southeast-1': 10 };

export const KEY_PAIR_NAMES = ['ops-2025', 'deploy-ci'] as const;

export function legacyVpcIdOf(regionId: string): string {
  return stableId('vpc', regionId, `vpc-legacy|${regionId}`);
}

export function webSecurityGroupIdOf(regionId: string): string {
  return stableId('sg', regionId, `sg-web|${regionId}`);
}

export function buildNetwork(regionId: string): RegionNetwork {
  const region = findRegion(regionId);
  const zones = region ? zoneIdsOf(region) : [];
  const created = at(CREATED);
  const vpcId = vpcIdOf(regionId);
  const firstSubnet = FIRST_SUBNET[regionId] ?? 1;
  const network: RegionNetwork = {
    vpcs: [{ vpcId, vpcName: 'main-vpc', description: 'Production network', cidrBlock: '172.16.0.0/12', isDefault: false, creationTime: created }],
    vSwitches: zones.map((zoneId, index) => ({
      vSwitchId: vSwitchIdOf(regionId, zoneId),
      vSwitchName: `main-${zoneId}`,
      description: '',
      vpcId,
      zoneId,
      cidrBlock: `172.16.${firstSubnet + index}.0/24`,
      isDefault: false,
      creationTime: created,
    })),
    securityGroups: [
      { securityGroupId: securityGroupIdOf(regionId), securityGroupName: 'default-sg', description: 'SSH/RDP from the office', vpcId, creationTime: created },
      { securityGroupId: webSecurityGroupIdOf(regionId), securityGroupName: 'web-sg', description: 'HTTP/HTTPS from anywhere', vpcId, creationTime: created },
    ],
    keyPairs: KEY_PAIR_NAMES.map((keyPairName) => ({
      keyPairName,
      fingerPrint: fingerPrintOf(`${regionId}|${keyPairName}`),
      creationTime: created,
    })),
  };
  if (regionId === 'cn-hangzhou') addLegacyVpc(network, regionId, zones[0] ?? `${regionId}-a`, created);
  return network;
}

function addLegacyVpc(network: RegionNetwork, regionId: string, zoneId: string, created: number): void {
  const vpcId = legacyVpcIdOf(regionId);
  network.vpcs.push({ vpcId, vpcName: 'legacy-vpc', description: 'Pre-migration network', cidrBlock: '192.168.0.0/16', isDefault: false, creationTime: created });
  network.vSwitches.push({
    vSwitchId: stableId('vsw', regionId, `vsw-legacy|${zoneId}`),
    vSwitchName: `legacy-${zoneId}`,
    description: '',
    vpcId,
    zoneId,
    cidrBlock: '192.168.1.0/24',
    isDefault: false,
    creationTime: created,
  });
  network.securityGroups.push({
    securityGroupId: stableId('sg', regionId, `sg-legacy|${regionId}`),
    securityGroupName: 'legacy-sg',
    description: 'Pre-migration rules',
    vpcId,
    creationTime: created,
  });
}

/** 32 hex digits, like ECS's MD5 key pair fingerprints. */
function fingerPrintOf(key: string): string {
  return hashChars(`fingerprint|${key}`, 32, '0123456789abcdef');
}
