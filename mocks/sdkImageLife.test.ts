// The official SDK, unmodified but for its endpoint, against the standalone emulator: every action
// of the image's whole life (issue 3) and a few of their error codes.
import { createEmulator } from './ecs/emulator';
import type { Emulator } from './ecs/types';
import { startStandaloneEcs, type StandaloneEcs } from './server';
import { createSdkClient, ecsModels as $Ecs, type EcsClient } from './testing/sdkClient';

const ACCESS_KEY_ID = 'LTAI5tSdkImageLife';
const ACCESS_KEY_SECRET = 'sdk-image-life-secret';
const REGION = 'cn-hangzhou';
const WEB_PROD_BASELINE = 'm-bp1do1thh73546fk0ma4';
const SNAP_WEB_SYS = 's-bp17g2br4adytspqius8';
const SNAP_WEB_DATA = 's-bp1pa71flbk0lsum4jbq';
const DB_STAGING_02 = 'i-bp1s72s6ov5qm065gimb';

interface SdkError {
  code: string;
  statusCode: number;
}

async function sdkError(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the SDK call to fail');
}

describe('the official SDK: snapshots, images from snapshots, instances, system disks, export, deletion', () => {
  let emulator: Emulator;
  let ecs: StandaloneEcs;
  let client: EcsClient;
  const advance = (seconds: number) => fetch(`${ecs.url}__mock/advance`, { method: 'POST', body: JSON.stringify({ seconds }) });

  beforeAll(async () => {
    emulator = createEmulator({ clock: 'manual', credentials: new Map([[ACCESS_KEY_ID, ACCESS_KEY_SECRET]]) });
    ecs = await startStandaloneEcs({ emulator, port: 0 });
    client = createSdkClient({ accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, endpoint: `127.0.0.1:${ecs.port}` });
  });
  beforeEach(() => emulator.reset());
  afterAll(() => ecs.close());

  it('reads the network, key pairs and instance types', async () => {
    const vpcs = await client.describeVpcs(new $Ecs.DescribeVpcsRequest({ regionId: REGION }));
    const mainVpc = vpcs.body?.vpcs?.vpc?.find((vpc) => vpc.vpcName === 'main-vpc');
    expect(mainVpc?.vSwitchIds?.vSwitchId).toHaveLength(4);
    const vSwitches = await client.describeVSwitches(new $Ecs.DescribeVSwitchesRequest({ regionId: REGION, vpcId: mainVpc?.vpcId, zoneId: 'cn-hangzhou-h' }));
    expect(vSwitches.body?.vSwitches?.vSwitch?.[0]?.cidrBlock).toBe('172.16.1.0/24');
    const groups = await client.describeSecurityGroups(new $Ecs.DescribeSecurityGroupsRequest({ regionId: REGION, vpcId: mainVpc?.vpcId }));
    expect(groups.body?.securityGroups?.securityGroup?.map((group) => group.securityGroupName)).toEqual(['default-sg', 'web-sg']);
    const keyPairs = await client.describeKeyPairs(new $Ecs.DescribeKeyPairsRequest({ regionId: REGION }));
    expect(keyPairs.body?.keyPairs?.keyPair?.map((keyPair) => keyPair.keyPairName)).toEqual(['ops-2025', 'deploy-ci']);
    const types = await client.describeInstanceTypes(new $Ecs.DescribeInstanceTypesRequest({ instanceTypes: ['ecs.g7.large', 'ecs.c7.xlarge'] }));
    expect(types.body?.instanceTypes?.instanceType?.map((type) => [type.instanceTypeId, type.cpuCoreCount, type.memorySize])).toEqual([
      ['ecs.g7.large', 2, 8],
      ['ecs.c7.xlarge', 4, 8],
    ]);
  });

  it('lists snapshots by Usage and creates an image from a system and a data snapshot plus an empty disk', async () => {
    const unused = await client.describeSnapshots(new $Ecs.DescribeSnapshotsRequest({ regionId: REGION, usage: 'none', sourceDiskType: 'system' }));
    expect(unused.body?.snapshots?.snapshot?.map((snapshot) => snapshot.snapshotId)).toContain(SNAP_WEB_SYS);
    const created = await client.createImage(
      new $Ecs.CreateImageRequest({
        regionId: REGION,
        imageName: 'sdk-from-snapshots',
        diskDeviceMapping: [
          new $Ecs.CreateImageRequestDiskDeviceMapping({ snapshotId: SNAP_WEB_SYS }),
          new $Ecs.CreateImageRequestDiskDeviceMapping({ snapshotId: SNAP_WEB_DATA, size: 120 }),
          new $Ecs.CreateImageRequestDiskDeviceMapping({ size: 30, device: '/dev/xvdd' }),
        ],
      }),
    );
    const imageId = created.body?.imageId;
    await advance(5);
    const [image] = (await client.describeImages(new $Ecs.DescribeImagesRequest({ regionId: REGION, imageId }))).body?.images?.image ?? [];
    expect(image?.status).toBe('Available');
    expect(image?.diskDeviceMappings?.diskDeviceMapping?.map((mapping) => [mapping.device, mapping.size])).toEqual([
      ['/dev/xvda', '40'],
      ['/dev/xvdb', '120'],
      ['/dev/xvdd', '30'],
    ]);
    const notReady = await sdkError(client.createImage(new $Ecs.CreateImageRequest({ regionId: REGION, snapshotId: 's-bp1hm7bsvag1ykz14jpx' })));
    expect([notReady.code, notReady.statusCode]).toEqual(['InvalidSnapshotId.NotReady', 403]);
    const unknown = await sdkError(client.createImage(new $Ecs.CreateImageRequest({ regionId: REGION, snapshotId: 's-bp1doesnotexist000000' })));
    expect([unknown.code, unknown.statusCode]).toEqual(['InvalidSnapshotId.NotFound', 404]);
  });

  it('runs an instance from a full image, growing a data disk; refuses a security group of another VPC', async () => {
    const request = (securityGroupId: string, clientToken: string) =>
      new $Ecs.RunInstancesRequest({
        regionId: REGION,
        imageId: WEB_PROD_BASELINE,
        instanceType: 'ecs.g7.large',
        zoneId: 'cn-hangzhou-h',
        vSwitchId: 'vsw-bp105qif8i2mloo9tcn5',
        securityGroupId,
        instanceName: 'sdk-from-baseline',
        keyPairName: 'ops-2025',
        amount: 1,
        systemDisk: new $Ecs.RunInstancesRequestSystemDisk({ size: '60', category: 'cloud_essd' }),
        dataDisk: [new $Ecs.RunInstancesRequestDataDisk({ device: '/dev/xvdb', size: 150 })],
        clientToken,
      });
    const run = await client.runInstances(request('sg-bp1erfm2vyjgn195mia6', 'sdk-run-1'));
    const [instanceId] = run.body?.instanceIdSets?.instanceIdSet ?? [];
    expect(instanceId).toMatch(/^i-bp1/);
    await advance(20);
    const [instance] = (await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([instanceId]) })))
      .body?.instances?.instance ?? [];
    expect(instance?.status).toBe('Running');
    const disks = await client.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: REGION, instanceId }));
    expect(disks.body?.disks?.disk?.map((disk) => [disk.device, disk.size, disk.sourceSnapshotId !== ''])).toEqual([
      ['/dev/xvda', 60, false],
      ['/dev/xvdb', 150, true],
      ['/dev/xvdc', 200, true],
    ]);
    const reused = await sdkError(client.runInstances(request('sg-bp13ox103jci16ma6mne', 'sdk-run-1')));
    expect([reused.code, reused.statusCode]).toEqual(['IdempotentParameterMismatch', 400]);
    const mismatch = await sdkError(client.runInstances(request('sg-bp1ee0ytc8a9hm34t2v3', 'sdk-run-2')));
    expect([mismatch.code, mismatch.statusCode]).toEqual(['InvalidParameter.Mismatch', 400]);
  });

  it('replaces a system disk with a system-only image and refuses a full image', async () => {
    const created = await client.createImage(new $Ecs.CreateImageRequest({ regionId: REGION, snapshotId: SNAP_WEB_SYS, imageName: 'sdk-system-only' }));
    await advance(5);
    const replaced = await client.replaceSystemDisk(
      new $Ecs.ReplaceSystemDiskRequest({
        instanceId: DB_STAGING_02,
        imageId: created.body?.imageId,
        systemDisk: new $Ecs.ReplaceSystemDiskRequestSystemDisk({ size: 50 }),
        password: 'Passw0rd!2026',
      }),
    );
    expect(replaced.body?.diskId).toMatch(/^d-bp1/);
    expect(replaced.body?.diskId).not.toBe('d-bp1ex3itkgvx76iye3ml');
    const denied = await sdkError(client.replaceSystemDisk(new $Ecs.ReplaceSystemDiskRequest({ instanceId: DB_STAGING_02, imageId: WEB_PROD_BASELINE })));
    expect([denied.code, denied.statusCode]).toEqual(['OperationDenied', 400]);
  });

  it('exports an image and follows the task to Finished; refuses a missing bucket', async () => {
    const exported = await client.exportImage(
      new $Ecs.ExportImageRequest({ regionId: REGION, imageId: WEB_PROD_BASELINE, OSSBucket: 'ecs-exports', OSSPrefix: 'sdk', imageFormat: 'vhd' }),
    );
    const taskId = exported.body?.taskId;
    expect(taskId).toMatch(/^t-bp1/);
    const status = async () =>
      (await client.describeTasks(new $Ecs.DescribeTasksRequest({ regionId: REGION, taskIds: taskId, taskAction: 'ExportImage' }))).body?.taskSet?.task?.[0]
        ?.taskStatus;
    expect(await status()).toBe('Processing');
    const attribute = await client.describeTaskAttribute(new $Ecs.DescribeTaskAttributeRequest({ regionId: REGION, taskId }));
    expect(attribute.body?.taskProcess).toBe('0%');
    await advance(54);
    expect(await status()).toBe('Finished');
    const missing = await sdkError(
      client.exportImage(new $Ecs.ExportImageRequest({ regionId: REGION, imageId: WEB_PROD_BASELINE, OSSBucket: 'missing-bucket' })),
    );
    expect([missing.code, missing.statusCode]).toEqual(['InvalidOSSBucket.NotFound', 400]);
  });

  it('deletes an image (Force when instances use it) and then its snapshots', async () => {
    const inUse = await sdkError(client.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId: 's-bp12vs1z4zicgz6ne6rg' })));
    expect([inUse.code, inUse.statusCode]).toEqual(['SnapshotCreatedImage', 403]);
    await client.runInstances(
      new $Ecs.RunInstancesRequest({
        regionId: REGION,
        imageId: WEB_PROD_BASELINE,
        instanceType: 'ecs.g7.large',
        vSwitchId: 'vsw-bp105qif8i2mloo9tcn5',
        securityGroupId: 'sg-bp1erfm2vyjgn195mia6',
      }),
    );
    const refused = await sdkError(client.deleteImage(new $Ecs.DeleteImageRequest({ regionId: REGION, imageId: WEB_PROD_BASELINE })));
    expect([refused.code, refused.statusCode]).toEqual(['ImageUsingByInstance', 403]);
    const deleted = await client.deleteImage(new $Ecs.DeleteImageRequest({ regionId: REGION, imageId: WEB_PROD_BASELINE, force: true }));
    expect(deleted.statusCode).toBe(200);
    // The system snapshot is free now; the data snapshots back the new instance's disks (Force needed).
    await client.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId: 's-bp12vs1z4zicgz6ne6rg' }));
    const dataInUse = await sdkError(client.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId: 's-bp1vsykppga1zckanfb2' })));
    expect([dataInUse.code, dataInUse.statusCode]).toEqual(['SnapshotCreatedDisk', 403]);
    await client.deleteSnapshot(new $Ecs.DeleteSnapshotRequest({ snapshotId: 's-bp1vsykppga1zckanfb2', force: true }));
    const left = await client.describeSnapshots(
      new $Ecs.DescribeSnapshotsRequest({ regionId: REGION, snapshotIds: JSON.stringify(['s-bp12vs1z4zicgz6ne6rg', 's-bp1vsykppga1zckanfb2', 's-bp1i7g0nr3ulm16c8e8v']) }),
    );
    expect(left.body?.snapshots?.snapshot?.map((snapshot) => [snapshot.snapshotId, snapshot.usage])).toEqual([['s-bp1i7g0nr3ulm16c8e8v', 'disk']]);
  });
});
