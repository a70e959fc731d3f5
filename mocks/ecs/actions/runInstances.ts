import { dryRunPassed } from '../errors';
import { fnv1a } from '../ids';
import { requireRegion } from '../lookup';
import type { AccountState, DiskRecord, ImageRecord, InstanceRecord, RegionState } from '../model';
import { RUN_PENDING_SECONDS, RUN_READY_SECONDS } from '../pace';
import { INSTANCE_TYPES } from '../seed/instanceTypes';
import { DEFAULT_RESOURCE_GROUP_ID } from '../seed/resourceGroups';
import { refreshSnapshotUsage } from '../snapshotUsage';
import { EcsError } from '../types';
import type { ModelAction } from './action';
import { oncePerClientToken } from './clientToken';
import { checkResourceGroup } from './imageChecks';
import { allocatePrivateIps } from './privateIp';
import { resolveNetwork, type RunNetwork } from './runInstancesNetwork';
import { planDataDisks, type PlannedDataDisk } from './runInstancesDisks';
import { readRunInstancesInput, type RunInstancesInput } from './runInstancesInput';
import { findUsableImage, systemDiskSizeFor } from './usableImage';

/**
 * RunInstances (ecs-reference §2.12): pay-as-you-go instances from an Available image, in a
 * vSwitch and security group of one VPC. Each starts Pending, is Starting after 5 s and Running
 * after 20 s (pace.ts), with a system disk and the image's data disks (by mount device) plus any
 * extra ones. Order of checks: parameters, ClientToken, image, instance type, network, key pair,
 * resource group, disks, free IPs, DryRun.
 */
export const runInstances: ModelAction = (model, ctx, params) => {
  const account = model.account(ctx.accessKeyId);
  const region = requireRegion(account, params);
  const input = readRunInstancesInput(params);
  return oncePerClientToken(account, 'RunInstances', params, () => {
    const image = findUsableImage(region, input.imageId);
    const typeInfo = INSTANCE_TYPES[input.instanceType];
    if (!typeInfo) {
      throw new EcsError(400, 'InvalidInstanceType.ValueNotSupported', 'The specified InstanceType does not exist or beyond the permitted range.');
    }
    if ((image.os.architecture === 'arm64') !== (typeInfo.cpuArchitecture === 'ARM')) {
      throw new EcsError(400, 'InvalidParameter.Conflict', 'The specified image does not support the specified instance type.');
    }
    const network = resolveNetwork(region, input, image);
    checkResourceGroup(input.resourceGroupId);
    const systemDiskSizeGiB = systemDiskSizeFor(image, input.systemDiskSizeGiB, 'RunInstances');
    const dataDisks = planDataDisks(region, image, input.dataDisks);
    const privateIps = allocatePrivateIps(region, network.vSwitch, input.amount);
    if (input.dryRun) throw dryRunPassed();

    const now = model.clock.now();
    const instanceIds = privateIps.map((privateIp, index) => {
      const instance = buildInstance(account, region, input, image, network, privateIp, index, now);
      region.instances.push(instance);
      region.disks.push(...buildDisks(account, instance, input, image, systemDiskSizeGiB, dataDisks, now));
      return instance.instanceId;
    });
    refreshSnapshotUsage(region);
    return { InstanceIdSets: { InstanceIdSet: instanceIds } };
  });
};

function buildInstance(
  account: AccountState,
  region: RegionState,
  input: RunInstancesInput,
  image: ImageRecord,
  network: RunNetwork,
  privateIp: string,
  index: number,
  now: number,
): InstanceRecord {
  const instanceId = account.ids.next('i', region.regionId);
  const typeInfo = INSTANCE_TYPES[input.instanceType];
  if (!typeInfo) throw new Error(`unknown instance type ${input.instanceType}`);
  const idBody = instanceId.slice(2);
  const name = input.instanceName === undefined ? instanceId : input.uniqueSuffix ? `${input.instanceName}${String(index + 1).padStart(3, '0')}` : input.instanceName;
  return {
    instanceId,
    instanceName: name,
    description: input.description,
    hostName: image.os.osType === 'linux' ? `iZ${idBody}Z` : `iZ${idBody.slice(-12)}Z`.toUpperCase(),
    regionId: region.regionId,
    zoneId: network.vSwitch.zoneId,
    instanceType: input.instanceType,
    instanceTypeFamily: typeInfo.family,
    cpu: typeInfo.cpu,
    memoryMiB: typeInfo.memoryMiB,
    creditSpecification: typeInfo.creditSpecification,
    imageId: image.imageId,
    os: { ...image.os },
    status: 'Pending',
    transition: {
      to: 'Starting',
      at: now + RUN_PENDING_SECONDS * 1000,
      then: { to: 'Running', at: now + RUN_READY_SECONDS * 1000 },
    },
    chargeType: 'PostPaid',
    stoppedMode: 'Not-applicable',
    publicIp: input.internetMaxBandwidthOut > 0 ? publicIpOf(instanceId) : undefined,
    internetMaxBandwidthOut: input.internetMaxBandwidthOut,
    privateIp,
    vpcId: network.vSwitch.vpcId,
    vSwitchId: network.vSwitch.vSwitchId,
    securityGroupId: network.securityGroup.securityGroupId,
    keyPairName: input.keyPairName ?? '',
    creationTime: now,
    startTime: now,
    locks: [],
    resourceGroupId: input.resourceGroupId ?? DEFAULT_RESOURCE_GROUP_ID,
    tags: input.tags.map((tag) => ({ ...tag })),
  };
}

function buildDisks(
  account: AccountState,
  instance: InstanceRecord,
  input: RunInstancesInput,
  image: ImageRecord,
  systemDiskSizeGiB: number,
  dataDisks: readonly PlannedDataDisk[],
  now: number,
): DiskRecord[] {
  const disk = (type: DiskRecord['type'], category: string, sizeGiB: number, device: string, sourceSnapshotId: string): DiskRecord => ({
    diskId: account.ids.next('d', instance.regionId),
    diskName: '',
    regionId: instance.regionId,
    zoneId: instance.zoneId,
    instanceId: instance.instanceId,
    type,
    category,
    performanceLevel: category === 'cloud_essd' ? 'PL1' : '',
    sizeGiB,
    device,
    imageId: type === 'system' ? image.imageId : '',
    sourceSnapshotId,
    chargeType: 'PostPaid',
    creationTime: now,
    resourceGroupId: instance.resourceGroupId,
  });
  return [
    disk('system', input.systemDiskCategory, systemDiskSizeGiB, '/dev/xvda', ''),
    ...dataDisks.map((planned) => disk('data', planned.category, planned.sizeGiB, planned.device, planned.sourceSnapshotId)),
  ];
}

/** A stable public address in one of Hangzhou's familiar 47.96-47.99 ranges. */
function publicIpOf(instanceId: string): string {
  const hash = fnv1a(`public-ip|${instanceId}`);
  return `47.${96 + (hash % 4)}.${(hash >>> 8) % 256}.${1 + ((hash >>> 16) % 254)}`;
}
