import { findRegion, zoneIdsOf } from '../seed/regions';
import type { ImageRecord, RegionState, SecurityGroupRecord, VSwitchRecord } from '../model';
import { EcsError } from '../types';
import { missingParameterPlain } from './clientToken';
import type { RunInstancesInput } from './runInstancesInput';

export interface RunNetwork {
  vSwitch: VSwitchRecord;
  securityGroup: SecurityGroupRecord;
}

/**
 * VSwitchId and SecurityGroupId are required (every instance is in a VPC); ZoneId, when given,
 * must be the vSwitch's zone; the security group must be in the vSwitch's VPC; a key pair must
 * exist and cannot log on to Windows.
 */
export function resolveNetwork(region: RegionState, input: RunInstancesInput, image: ImageRecord): RunNetwork {
  if (input.vSwitchId === undefined) throw missingParameterPlain('VSwitchId');
  const vSwitch = region.vSwitches.find((candidate) => candidate.vSwitchId === input.vSwitchId);
  if (!vSwitch) throw new EcsError(404, 'InvalidVSwitchId.NotFound', 'Specified virtual switch does not exist.');
  if (input.zoneId !== undefined) {
    const regionInfo = findRegion(region.regionId);
    if (!regionInfo || !zoneIdsOf(regionInfo).includes(input.zoneId)) {
      throw new EcsError(404, 'InvalidZoneId.NotFound', 'The specified zoneId does not exist.');
    }
    if (input.zoneId !== vSwitch.zoneId) {
      throw new EcsError(400, 'InvalidParameter.Mismatch', 'Specified virtual switch is not in the specified zone.');
    }
  }
  if (input.securityGroupId === undefined) throw missingParameterPlain('SecurityGroupId');
  const securityGroup = region.securityGroups.find((candidate) => candidate.securityGroupId === input.securityGroupId);
  if (!securityGroup) throw new EcsError(404, 'InvalidSecurityGroupId.NotFound', 'The specified SecurityGroupId does not exist.');
  if (securityGroup.vpcId !== vSwitch.vpcId) {
    throw new EcsError(400, 'InvalidParameter.Mismatch', 'Specified security group and virtual switch are not in the same VPC.');
  }
  checkKeyPair(region, input.keyPairName, image);
  return { vSwitch, securityGroup };
}

export function checkKeyPair(region: RegionState, keyPairName: string | undefined, image: ImageRecord): void {
  if (keyPairName === undefined) return;
  if (!region.keyPairs.some((keyPair) => keyPair.keyPairName === keyPairName)) {
    throw new EcsError(404, 'InvalidKeyPairName.NotFound', 'The specified KeyPairName does not exist.');
  }
  if (image.os.osType === 'windows') {
    throw new EcsError(403, 'DependencyViolation.WindowsInstance', 'The instance creating is window, cannot use ssh key pair to login.');
  }
}
