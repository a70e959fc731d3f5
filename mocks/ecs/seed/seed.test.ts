import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RegionState } from '../model';
import { buildSeedRegions } from './index';

const regions = buildSeedRegions();
const hangzhou = regions.get('cn-hangzhou') as RegionState;
const singapore = regions.get('ap-southeast-1') as RegionState;
const readme = readFileSync(fileURLToPath(new URL('./README.md', import.meta.url)), 'utf8');

function instanceNamed(name: string) {
  const instance = hangzhou.instances.find((candidate) => candidate.instanceName === name);
  if (!instance) throw new Error(`No seeded instance ${name}`);
  return instance;
}

function disksOf(instanceId: string) {
  return hangzhou.disks.filter((disk) => disk.instanceId === instanceId).map((disk) => [disk.type, disk.sizeGiB, disk.category]);
}

describe('the seed', () => {
  it('gives cn-hangzhou at least 12 instances over at least two zones', () => {
    expect(hangzhou.instances.length).toBeGreaterThanOrEqual(12);
    expect(new Set(hangzhou.instances.map((instance) => instance.zoneId)).size).toBeGreaterThanOrEqual(2);
  });

  it('has web-prod-01 Running with 40 GiB ESSD system + 100 GiB + 200 GiB data disks', () => {
    const web = instanceNamed('web-prod-01');
    expect(web.status).toBe('Running');
    expect(disksOf(web.instanceId)).toEqual([
      ['system', 40, 'cloud_essd'],
      ['data', 100, 'cloud_essd'],
      ['data', 200, 'cloud_essd'],
    ]);
  });

  it('has db-staging-02 Stopped with a 40 GiB system disk only', () => {
    const db = instanceNamed('db-staging-02');
    expect(db.status).toBe('Stopped');
    expect(disksOf(db.instanceId)).toEqual([['system', 40, 'cloud_essd']]);
  });

  it('has a security-locked Running instance, an expired Stopped subscription and a transient one', () => {
    const locked = hangzhou.instances.filter((instance) => instance.locks.some((lock) => lock.reason === 'security'));
    expect(locked.map((instance) => instance.status)).toEqual(['Running']);
    const expired = hangzhou.instances.filter(
      (instance) => instance.chargeType === 'PrePaid' && (instance.expiredTime ?? Infinity) < Date.UTC(2026, 0, 1),
    );
    expect(expired.map((instance) => [instance.status, instance.locks.map((lock) => lock.reason)])).toEqual([['Stopped', ['financial']]]);
    const transient = hangzhou.instances.filter((instance) => instance.status === 'Starting');
    expect(transient).toHaveLength(1);
    expect(transient[0]?.transition).toBeUndefined();
  });

  it('mixes Linux and Windows, subscription and pay-as-you-go, with private IPs on all and public on some', () => {
    const all = [...hangzhou.instances, ...singapore.instances];
    expect(new Set(all.map((instance) => instance.os.osType))).toEqual(new Set(['linux', 'windows']));
    expect(new Set(all.map((instance) => instance.chargeType))).toEqual(new Set(['PrePaid', 'PostPaid']));
    expect(all.every((instance) => /^172\.16\.\d+\.\d+$/.test(instance.privateIp))).toBe(true);
    const withPublicIp = all.filter((instance) => instance.publicIp).length;
    expect(withPublicIp).toBeGreaterThan(0);
    expect(withPublicIp).toBeLessThan(all.length);
    expect(hangzhou.instances.filter((instance) => disksOf(instance.instanceId).length > 1).length).toBeGreaterThanOrEqual(3);
  });

  it('gives Singapore three instances and every other region none', () => {
    expect(singapore.instances).toHaveLength(3);
    const others = [...regions.values()].filter((region) => !['cn-hangzhou', 'ap-southeast-1'].includes(region.regionId));
    expect(others.every((region) => region.instances.length === 0 && region.images.length > 0)).toBe(true);
  });

  it('has one Available custom image with accomplished snapshots and one CreateFailed with a failed snapshot', () => {
    const custom = hangzhou.images.filter((image) => image.ownerAlias === 'self');
    expect(custom.map((image) => [image.imageName, image.status, image.usable])).toEqual([
      ['web-prod-baseline', 'Available', true],
      ['db-migration-test', 'CreateFailed', false],
    ]);
    const statuses = (index: number) =>
      custom[index]?.diskDeviceMappings.map(
        (mapping) => hangzhou.snapshots.find((snapshot) => snapshot.snapshotId === mapping.snapshotId)?.status,
      );
    expect(statuses(0)).toEqual(['accomplished', 'accomplished', 'accomplished']);
    expect(statuses(1)).toEqual(['failed']);
  });

  it('uses IDs that look like ECS’s, unique, with the region code of their region', () => {
    const ids = [
      ...hangzhou.instances.map((instance) => instance.instanceId),
      ...hangzhou.disks.map((disk) => disk.diskId),
      ...hangzhou.snapshots.map((snapshot) => snapshot.snapshotId),
      ...hangzhou.images.filter((image) => image.ownerAlias === 'self').map((image) => image.imageId),
    ];
    expect(ids.every((id) => /^[idsm]-bp1[a-z0-9]{17}$/.test(id))).toBe(true);
    const singaporeIds = [...singapore.instances.map((i) => i.instanceId), ...singapore.disks.map((d) => d.diskId)];
    expect(singaporeIds.every((id) => /^[id]-t4n[a-z0-9]{17}$/.test(id))).toBe(true);
    expect(new Set([...ids, ...singaporeIds]).size).toBe(ids.length + singaporeIds.length);
  });

  it('is documented in seed/README.md: every instance and disk there, and nothing else', () => {
    for (const region of [hangzhou, singapore]) {
      for (const instance of region.instances) {
        expect(readme).toContain(`| \`${instance.instanceName}\` | \`${instance.instanceId}\` | ${instance.zoneId} | ${instance.status} |`);
      }
      for (const disk of region.disks) expect(readme).toContain(`\`${disk.diskId}\` ${disk.sizeGiB} GiB ${disk.category}`);
    }
    const documentedInstanceIds = new Set(readme.match(/\bi-[a-z0-9]{20}\b/g));
    const seededInstanceIds = new Set([...hangzhou.instances, ...singapore.instances].map((instance) => instance.instanceId));
    expect(documentedInstanceIds).toEqual(seededInstanceIds);
  });

  it('documents every snapshot and network resource of the seeded regions, and nothing else', () => {
    const snapshotIds = new Set(hangzhou.snapshots.map((snapshot) => snapshot.snapshotId));
    expect(new Set(readme.match(/\bs-[a-z0-9]{20}\b/g))).toEqual(snapshotIds);
    for (const snapshot of hangzhou.snapshots.filter((candidate) => candidate.snapshotName !== '')) {
      expect(readme).toContain(`| \`${snapshot.snapshotId}\` | \`${snapshot.snapshotName}\` | \`${snapshot.sourceDiskId}\` | ${snapshot.sourceDiskType} ${snapshot.sourceDiskSizeGiB} |`);
      expect(readme).toMatch(new RegExp(`${snapshot.snapshotId}.*\\| ${snapshot.status} \\| ${snapshot.usage} \\|`));
    }
    const networkIds = [hangzhou, singapore].flatMap((region) => [
      ...region.vpcs.map((vpc) => `| \`${vpc.vpcId}\` | \`${vpc.vpcName}\` | ${vpc.cidrBlock} |`),
      ...region.vSwitches.map((vSwitch) => `| \`${vSwitch.vSwitchId}\` | \`${vSwitch.vSwitchName}\` | ${vSwitch.zoneId}, ${vSwitch.cidrBlock}`),
      ...region.securityGroups.map((group) => `| \`${group.securityGroupId}\` | \`${group.securityGroupName}\` |`),
    ]);
    for (const row of networkIds) expect(readme).toContain(row);
    const seededNetworkIds = new Set(
      [hangzhou, singapore].flatMap((region) => [
        ...region.vpcs.map((vpc) => vpc.vpcId),
        ...region.vSwitches.map((vSwitch) => vSwitch.vSwitchId),
        ...region.securityGroups.map((group) => group.securityGroupId),
      ]),
    );
    expect(new Set(readme.match(/\b(vpc|vsw|sg)-[a-z0-9]{20}\b/g))).toEqual(seededNetworkIds);
    expect(hangzhou.keyPairs.map((keyPair) => keyPair.keyPairName)).toEqual(['ops-2025', 'deploy-ci']);
  });

  it('gives every region a VPC with one vSwitch per zone inside its CIDR, two security groups and two key pairs', () => {
    for (const region of regions.values()) {
      const main = region.vpcs[0];
      expect(main?.vpcName).toBe('main-vpc');
      const mainSwitches = region.vSwitches.filter((vSwitch) => vSwitch.vpcId === main?.vpcId);
      expect(mainSwitches.length).toBeGreaterThanOrEqual(2);
      expect(new Set(mainSwitches.map((vSwitch) => vSwitch.zoneId)).size).toBe(mainSwitches.length);
      expect(mainSwitches.every((vSwitch) => /^172\.(1[6-9]|2\d|3[01])\.\d+\.0\/24$/.test(vSwitch.cidrBlock))).toBe(true);
      expect(region.securityGroups.filter((group) => group.vpcId === main?.vpcId)).toHaveLength(2);
      expect(region.keyPairs).toHaveLength(2);
    }
    // Seeded instances sit in their zone's vSwitch, inside its CIDR, with a security group of that VPC.
    for (const instance of [...hangzhou.instances, ...singapore.instances]) {
      const region = instance.regionId === 'cn-hangzhou' ? hangzhou : singapore;
      const vSwitch = region.vSwitches.find((candidate) => candidate.vSwitchId === instance.vSwitchId);
      expect(vSwitch?.zoneId).toBe(instance.zoneId);
      expect(instance.privateIp.startsWith(vSwitch?.cidrBlock.replace(/0\/24$/, '') ?? 'none')).toBe(true);
      expect(region.securityGroups.find((group) => group.securityGroupId === instance.securityGroupId)?.vpcId).toBe(vSwitch?.vpcId);
    }
  });

  it('has manual snapshots of system and data disks, all accomplished but one progressing', () => {
    const manual = hangzhou.snapshots.filter((snapshot) => snapshot.snapshotName !== '');
    expect(new Set(manual.map((snapshot) => snapshot.sourceDiskType))).toEqual(new Set(['system', 'data']));
    expect(manual.filter((snapshot) => snapshot.status === 'progressing').map((snapshot) => snapshot.snapshotName)).toEqual([
      'cache-redis-01-data-nightly',
    ]);
    expect(manual.filter((snapshot) => snapshot.status !== 'progressing').every((snapshot) => snapshot.status === 'accomplished')).toBe(true);
    const madeFromSnapshot = hangzhou.disks.filter((disk) => disk.sourceSnapshotId);
    expect(madeFromSnapshot.map((disk) => [disk.diskId, disk.sourceSnapshotId])).toEqual([['d-bp1xl723jnvwa1pjtkeb', 's-bp1cfjqbmgabxscs3nh2']]);
  });

  it('builds fresh objects on every call, so one account cannot change another', () => {
    const again = buildSeedRegions().get('cn-hangzhou') as RegionState;
    expect(again.instances[0]).not.toBe(hangzhou.instances[0]);
    expect(again.instances[0]?.locks).not.toBe(hangzhou.instances[0]?.locks);
    expect(again).toEqual(hangzhou);
  });
});
