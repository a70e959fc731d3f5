import type * as Sdk from '@alicloud/ecs20140526';
import { taskSchema, type InstanceTypeList, type NetworkOptions, type Task } from '../../contract';

/** SDK response models of the image-life actions (camelCase, every field optional) -> the contract. */

const taskStatuses = taskSchema.shape.taskStatus.options;

export function toTask(task: Sdk.DescribeTasksResponseBodyTaskSetTask): Task {
  const status = taskStatuses.find((s) => s === task.taskStatus) ?? 'Processing';
  return {
    taskId: task.taskId ?? '',
    taskAction: task.taskAction ?? '',
    taskStatus: status,
    resourceId: task.resourceId ?? '',
    // DescribeTasks reports no progress; only a finished task is known to be at 100.
    progress: status === 'Finished' ? 100 : 0,
    creationTime: task.creationTime ?? '',
    finishedTime: task.finishedTime ?? '',
  };
}

export function toVSwitch(vSwitch: Sdk.DescribeVSwitchesResponseBodyVSwitchesVSwitch): NetworkOptions['vSwitches'][number] {
  return {
    vSwitchId: vSwitch.vSwitchId ?? '',
    vSwitchName: vSwitch.vSwitchName ?? '',
    vpcId: vSwitch.vpcId ?? '',
    zoneId: vSwitch.zoneId ?? '',
    cidrBlock: vSwitch.cidrBlock ?? '',
  };
}

export function toSecurityGroup(
  group: Sdk.DescribeSecurityGroupsResponseBodySecurityGroupsSecurityGroup,
): NetworkOptions['securityGroups'][number] {
  return {
    securityGroupId: group.securityGroupId ?? '',
    securityGroupName: group.securityGroupName ?? '',
    vpcId: group.vpcId ?? '',
  };
}

export function toKeyPair(keyPair: Sdk.DescribeKeyPairsResponseBodyKeyPairsKeyPair): NetworkOptions['keyPairs'][number] {
  return { keyPairName: keyPair.keyPairName ?? '' };
}

/** DescribeInstanceTypes gives MemorySize in GiB (a float, e.g. 0.5) and CpuCoreCount in vCPUs. */
export function toInstanceType(
  type: Sdk.DescribeInstanceTypesResponseBodyInstanceTypesInstanceType,
): InstanceTypeList['instanceTypes'][number] {
  return {
    instanceTypeId: type.instanceTypeId ?? '',
    cpu: Math.round(type.cpuCoreCount ?? 0),
    memoryGiB: type.memorySize ?? 0,
  };
}
