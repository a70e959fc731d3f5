import type { Image, InstanceTypeList, NetworkOptions, ZoneList } from '../../../../contract';
import { image } from '../../images/test/fixtures';

/** The BFF's answers for cn-hangzhou, shaped like the emulator's seed (mocks/ecs/seed/README.md). */
export const baseline: Image = image({
  imageId: 'm-bp1baseline',
  imageName: 'web-prod-baseline',
  status: 'Available',
  progress: 100,
  usable: true,
  sizeGiB: 40,
  diskDeviceMappings: [
    { device: '/dev/xvdc', type: 'data', snapshotId: 's-data200', sizeGiB: 200 },
    { device: '/dev/xvda', type: 'system', snapshotId: 's-sys40', sizeGiB: 40 },
    { device: '/dev/xvdb', type: 'data', snapshotId: 's-data100', sizeGiB: 100 },
  ],
});

export const systemOnly: Image = image({
  imageId: 'm-bp1dbsys',
  imageName: 'db-staging-sys',
  status: 'Available',
  progress: 100,
  usable: true,
  sizeGiB: 40,
  diskDeviceMappings: [{ device: '/dev/xvda', type: 'system', snapshotId: 's-dbsys', sizeGiB: 40 }],
});

export const zones: ZoneList = {
  zones: [
    { zoneId: 'cn-hangzhou-h', localName: 'Hangzhou Zone H' },
    { zoneId: 'cn-hangzhou-i', localName: 'Hangzhou Zone I' },
    // No vSwitch here: the form must not offer it.
    { zoneId: 'cn-hangzhou-k', localName: 'Hangzhou Zone K' },
  ],
};

export const network: NetworkOptions = {
  vSwitches: [
    { vSwitchId: 'vsw-main-h', vSwitchName: 'main-cn-hangzhou-h', vpcId: 'vpc-main', zoneId: 'cn-hangzhou-h', cidrBlock: '172.16.1.0/24' },
    { vSwitchId: 'vsw-main-i', vSwitchName: 'main-cn-hangzhou-i', vpcId: 'vpc-main', zoneId: 'cn-hangzhou-i', cidrBlock: '172.16.2.0/24' },
    { vSwitchId: 'vsw-legacy-h', vSwitchName: 'legacy-cn-hangzhou-h', vpcId: 'vpc-legacy', zoneId: 'cn-hangzhou-h', cidrBlock: '192.168.1.0/24' },
  ],
  securityGroups: [
    { securityGroupId: 'sg-default', securityGroupName: 'default-sg', vpcId: 'vpc-main' },
    { securityGroupId: 'sg-web', securityGroupName: 'web-sg', vpcId: 'vpc-main' },
    { securityGroupId: 'sg-legacy', securityGroupName: 'legacy-sg', vpcId: 'vpc-legacy' },
  ],
  keyPairs: [{ keyPairName: 'ops-2025' }, { keyPairName: 'deploy-ci' }],
};

export const instanceTypes: InstanceTypeList = {
  instanceTypes: [
    { instanceTypeId: 'ecs.g7.large', cpu: 2, memoryGiB: 8 },
    { instanceTypeId: 'ecs.c7.xlarge', cpu: 4, memoryGiB: 8 },
  ],
};
