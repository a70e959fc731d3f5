import { hashChars } from '../ids';
import type { InstanceRecord } from '../model';
import { formatMinute } from '../time';
import { presentTags } from './tags';

/** ECS answers pay-as-you-go instances with this far-future ExpiredTime rather than an empty one. */
const POSTPAID_EXPIRED_TIME = '2099-12-31T15:59Z';

/** One `Instances.Instance[]` entry of DescribeInstances, in ECS's shape (times to the minute, memory in MiB). */
export function presentInstance(instance: InstanceRecord): Record<string, unknown> {
  const idBody = instance.instanceId.slice(2);
  const macHex = hashChars(`mac|${instance.instanceId}`, 10, '0123456789abcdef');
  const macAddress = `00:16:3e:${macHex.slice(0, 2)}:${macHex.slice(2, 4)}:${macHex.slice(4, 6)}`;
  return {
    InstanceId: instance.instanceId,
    InstanceName: instance.instanceName,
    Description: instance.description,
    HostName: instance.hostName,
    Status: instance.status,
    RegionId: instance.regionId,
    ZoneId: instance.zoneId,
    InstanceType: instance.instanceType,
    InstanceTypeFamily: instance.instanceTypeFamily,
    Cpu: instance.cpu,
    Memory: instance.memoryMiB,
    GPUAmount: 0,
    GPUSpec: '',
    LocalStorageAmount: 0,
    LocalStorageCapacity: 0,
    CreditSpecification: instance.creditSpecification,
    OSType: instance.os.osType,
    OSName: instance.os.osName,
    OSNameEn: instance.os.osNameEn,
    ImageId: instance.imageId,
    PublicIpAddress: { IpAddress: instance.publicIp ? [instance.publicIp] : [] },
    InnerIpAddress: { IpAddress: [] },
    EipAddress: { AllocationId: '', IpAddress: '', Bandwidth: 0, InternetChargeType: '', IsSupportUnassociate: false },
    VpcAttributes: {
      VpcId: instance.vpcId,
      VSwitchId: instance.vSwitchId,
      NatIpAddress: '',
      PrivateIpAddress: { IpAddress: [instance.privateIp] },
    },
    NetworkInterfaces: {
      NetworkInterface: [
        {
          NetworkInterfaceId: `eni-${idBody}`,
          MacAddress: macAddress,
          PrimaryIpAddress: instance.privateIp,
          Type: 'Primary',
          PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: instance.privateIp, Primary: true }] },
        },
      ],
    },
    SecurityGroupIds: { SecurityGroupId: [instance.securityGroupId] },
    InstanceNetworkType: 'vpc',
    IoOptimized: true,
    InstanceChargeType: instance.chargeType,
    InternetChargeType: 'PayByTraffic',
    InternetMaxBandwidthIn: instance.publicIp ? 100 : 0,
    InternetMaxBandwidthOut: instance.internetMaxBandwidthOut,
    SpotStrategy: 'NoSpot',
    SpotPriceLimit: 0,
    SaleCycle: '',
    CreationTime: formatMinute(instance.creationTime),
    StartTime: formatMinute(instance.startTime),
    ExpiredTime:
      instance.chargeType === 'PrePaid' && instance.expiredTime !== undefined
        ? formatMinute(instance.expiredTime)
        : POSTPAID_EXPIRED_TIME,
    AutoReleaseTime: '',
    OperationLocks: {
      LockReason: instance.locks.map((lock) => ({ LockReason: lock.reason, LockMsg: lock.message })),
    },
    StoppedMode: instance.stoppedMode,
    KeyPairName: instance.keyPairName,
    DeletionProtection: false,
    DeviceAvailable: true,
    Recyclable: false,
    SerialNumber: serialNumberOf(instance.instanceId),
    ResourceGroupId: instance.resourceGroupId,
    Tags: presentTags(instance.tags),
    CpuOptions: { CoreCount: Math.max(1, instance.cpu / 2), ThreadsPerCore: 2, Numa: '' },
    MetadataOptions: { HttpEndpoint: 'enabled', HttpTokens: 'optional', HttpPutResponseHopLimit: 1 },
    ImageOptions: { LoginAsNonRoot: false },
    ClusterId: '',
    VlanId: '',
    HpcClusterId: '',
    DeploymentSetId: '',
  };
}

function serialNumberOf(instanceId: string): string {
  const hex = hashChars(`serial|${instanceId}`, 32, '0123456789abcdef');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
