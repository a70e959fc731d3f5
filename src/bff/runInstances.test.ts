import { instanceTypeListSchema, networkOptionsSchema, runInstancesResultSchema } from '../contract';
import { BASELINE_IMAGE, FAILED_IMAGE, advance, networkIn, token } from './testing/imageLife';
import { HANGZHOU, call, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.reset());

const ZONE = 'cn-hangzhou-h';
async function runBody(overrides: Record<string, unknown> = {}) {
  return {
    zoneId: ZONE,
    instanceType: 'ecs.g7.large',
    ...(await networkIn(harness.app, ZONE)),
    instanceName: 'web-prod-clone',
    password: 'Console-Test-2026',
    clientToken: token('run'),
    ...overrides,
  };
}
const run = (imageId: string, body: unknown) => call(harness.app, 'POST', `${HANGZHOU}/images/${imageId}/instances`, body);

describe('what the create-instance form offers', () => {
  it("lists the region's vSwitches, security groups and key pairs", async () => {
    const { status, json } = await call(harness.app, 'GET', `${HANGZHOU}/network`);
    expect(status).toBe(200);
    networkOptionsSchema.parse(json);
    expect(json.vSwitches.map((v: any) => v.zoneId)).toEqual(expect.arrayContaining(['cn-hangzhou-h', 'cn-hangzhou-i']));
    expect(json.securityGroups.length).toBeGreaterThan(0);
    expect(json.keyPairs.length).toBeGreaterThan(0);
  });

  it("lists a zone's instance types with vCPUs and GiB, and refuses an unknown zone", async () => {
    const { status, json } = await call(harness.app, 'GET', `${HANGZHOU}/instance-types?zoneId=${ZONE}`);
    expect(status).toBe(200);
    instanceTypeListSchema.parse(json);
    expect(json.instanceTypes).toContainEqual({ instanceTypeId: 'ecs.g7.large', cpu: 2, memoryGiB: 8 });
    const unknown = await call(harness.app, 'GET', `${HANGZHOU}/instance-types?zoneId=cn-hangzhou-z`);
    expect(unknown.status).toBe(400);
    expect(unknown.json.field).toBe('zoneId');
  });
});

describe('creating an instance from a custom image', () => {
  it("brings the image's data disks along by mount device, one of them grown, and lists the new instance", async () => {
    const created = await run(BASELINE_IMAGE, await runBody({ dataDisks: [{ device: '/dev/xvdb', sizeGiB: 150 }] }));
    expect(created.status).toBe(201);
    runInstancesResultSchema.parse(created.json);
    expect(created.json.instanceIds).toHaveLength(1);
    const [instanceId] = created.json.instanceIds;

    await advance(harness.app, 120);
    const listed = await call(harness.app, 'GET', `${HANGZHOU}/instances?instanceId=${instanceId}`);
    expect(listed.json.instances).toEqual([expect.objectContaining({ instanceName: 'web-prod-clone', imageId: BASELINE_IMAGE, zoneId: ZONE })]);

    const disks = await call(harness.app, 'GET', `${HANGZHOU}/instances/${instanceId}/disks`);
    expect(disks.json.disks.map((d: any) => [d.type, d.device, d.sizeGiB])).toEqual([
      ['system', '/dev/xvda', 40],
      ['data', '/dev/xvdb', 150],
      ['data', '/dev/xvdc', 200],
    ]);
  });

  it('creates several at once with a key pair', async () => {
    const { json: network } = await call(harness.app, 'GET', `${HANGZHOU}/network`);
    const created = await run(BASELINE_IMAGE, await runBody({ password: undefined, keyPairName: network.keyPairs[0].keyPairName, amount: 2 }));
    expect(created.status).toBe(201);
    expect(new Set(created.json.instanceIds).size).toBe(2);
  });

  it.each([
    ['a data disk shrunk below the image', { dataDisks: [{ device: '/dev/xvdb', sizeGiB: 50 }] }, 'dataDisks'],
    ['a device the image has no disk at', { dataDisks: [{ device: '/dev/xvdk', sizeGiB: 100 }] }, 'dataDisks'],
    ['a system disk smaller than the image', { systemDiskSizeGiB: 30 }, 'systemDiskSizeGiB'],
    ['a weak password', { password: 'password' }, 'password'],
    ['both a password and a key pair', { keyPairName: 'ops-2025' }, 'password'],
    ['neither a password nor a key pair', { password: undefined }, 'password'],
    ['a malformed instance type', { instanceType: 'g7.large' }, 'instanceType'],
    ['an instance name starting with a digit', { instanceName: '1web' }, 'instanceName'],
    ['101 instances', { amount: 101 }, 'amount'],
    ['a vSwitch ECS does not know', { vSwitchId: 'vsw-bp1doesnotexist00' }, 'vSwitchId'],
    ['a security group ECS does not know', { securityGroupId: 'sg-bp1doesnotexist00' }, 'securityGroupId'],
    ['an instance type ECS does not sell', { instanceType: 'ecs.zz9.large' }, 'instanceType'],
  ])('refuses %s with 400 naming the field', async (_label, overrides, field) => {
    const { status, json } = await run(BASELINE_IMAGE, await runBody(overrides));
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 'InvalidInput', field });
  });

  it('refuses an image that is not Available (409) and an unknown one (404)', async () => {
    expect((await run(FAILED_IMAGE, await runBody())).status).toBe(409);
    expect((await run('m-doesnotexist000', await runBody())).status).toBe(404);
  });
});
