// The official SDK, unmodified but for its endpoint, against the emulator: over HTTP to the
// standalone endpoint, and in-process through msw/node with the SDK's own endpoint choice.
import { createEmulator } from './ecs/emulator';
import type { Emulator } from './ecs/types';
import { startInProcessEcs } from './node';
import { startStandaloneEcs, type StandaloneEcs } from './server';
import { createSdkClient, ecsModels as $Ecs, type SdkClientOptions } from './testing/sdkClient';

const ACCESS_KEY_ID = 'LTAI5tSdkTestAccount';
const ACCESS_KEY_SECRET = 'sdk-test-secret';
const credentials = new Map([[ACCESS_KEY_ID, ACCESS_KEY_SECRET]]);

interface SdkError {
  code: string;
  statusCode: number;
  data: Record<string, unknown>;
}

async function sdkError(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the SDK call to fail');
}

describe('the official SDK against the standalone endpoint', () => {
  let emulator: Emulator;
  let ecs: StandaloneEcs;
  const client = (overrides: Partial<SdkClientOptions> = {}) =>
    createSdkClient({
      accessKeyId: ACCESS_KEY_ID,
      accessKeySecret: ACCESS_KEY_SECRET,
      endpoint: `127.0.0.1:${ecs.port}`,
      ...overrides,
    });

  beforeAll(async () => {
    emulator = createEmulator({ clock: 'manual', credentials });
    ecs = await startStandaloneEcs({ emulator, port: 0 });
  });
  beforeEach(() => emulator.reset());
  afterAll(() => ecs.close());

  it('lists regions with English names', async () => {
    const response = await client().describeRegions(new $Ecs.DescribeRegionsRequest({ acceptLanguage: 'en-US' }));
    expect(response.statusCode).toBe(200);
    expect(response.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    const names = response.body?.regions?.region?.map((region) => region.localName);
    expect(names).toContain('China (Hangzhou)');
  });

  it('works in the legacy V2 signature mode too', async () => {
    const response = await client({ signatureAlgorithm: 'v2' }).describeRegions(
      new $Ecs.DescribeRegionsRequest({ acceptLanguage: 'en-US' }),
    );
    expect(response.body?.regions?.region?.some((region) => region.regionId === 'cn-hangzhou')).toBe(true);
  });

  it('refuses a wrong secret with SignatureDoesNotMatch (400)', async () => {
    const error = await sdkError(client({ accessKeySecret: 'wrong' }).describeRegions(new $Ecs.DescribeRegionsRequest({})));
    expect([error.code, error.statusCode]).toEqual(['SignatureDoesNotMatch', 400]);
    expect(error.data.HostId).toBe(`127.0.0.1:${ecs.port}`);
  });

  it('refuses an unknown AccessKeyId with InvalidAccessKeyId.NotFound (404)', async () => {
    const error = await sdkError(client({ accessKeyId: 'LTAI5tNobody' }).describeRegions(new $Ecs.DescribeRegionsRequest({})));
    expect([error.code, error.statusCode]).toEqual(['InvalidAccessKeyId.NotFound', 404]);
  });

  it('creates an image from web-prod-01 that is Creating, then Available once the clock moves', async () => {
    const ecsClient = client();
    const instances = await ecsClient.describeInstances(
      new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou', instanceName: 'web-prod-01' }),
    );
    const instanceId = instances.body?.instances?.instance?.[0]?.instanceId;
    expect(instanceId).toMatch(/^i-/);

    const created = await ecsClient.createImage(
      new $Ecs.CreateImageRequest({ regionId: 'cn-hangzhou', instanceId, imageName: 'sdk-test-image', clientToken: 'sdk-token-1' }),
    );
    const imageId = created.body?.imageId;
    expect(imageId).toMatch(/^m-/);

    const describe = (status?: string) =>
      ecsClient.describeImages(new $Ecs.DescribeImagesRequest({ regionId: 'cn-hangzhou', imageId, status }));
    const creating = (await describe('ALL')).body?.images?.image?.[0];
    expect(creating?.status).toBe('Creating');
    expect(creating?.progress).toBe('0%');
    // DescribeImages shows only Available images unless asked otherwise.
    expect((await describe()).body?.images?.image ?? []).toHaveLength(0);

    const advanced = await fetch(`${ecs.url}__mock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 3600 }) });
    expect(advanced.status).toBe(200);
    const done = (await describe()).body?.images?.image?.[0];
    expect([done?.status, done?.progress]).toEqual(['Available', '100%']);
  });

  it('returns the same ImageId for the same ClientToken', async () => {
    const ecsClient = client();
    const instances = await ecsClient.describeInstances(
      new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou', instanceName: 'web-prod-01' }),
    );
    const request = () =>
      new $Ecs.CreateImageRequest({
        regionId: 'cn-hangzhou',
        instanceId: instances.body?.instances?.instance?.[0]?.instanceId,
        imageName: 'sdk-idempotent-image',
        clientToken: 'sdk-token-2',
      });
    const first = await ecsClient.createImage(request());
    const second = await ecsClient.createImage(request());
    expect(second.body?.imageId).toBe(first.body?.imageId);
  });
});

describe('the official SDK against the in-process emulator (msw/node)', () => {
  let inProcess: { close(): void };
  beforeAll(() => {
    inProcess = startInProcessEcs(createEmulator({ clock: 'manual', credentials }));
  });
  afterAll(() => inProcess.close());

  it('is answered at the endpoint the SDK picks for cn-hangzhou, with no override', async () => {
    const ecsClient = createSdkClient({ accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, regionId: 'cn-hangzhou' });
    const response = await ecsClient.describeRegions(new $Ecs.DescribeRegionsRequest({ acceptLanguage: 'en-US' }));
    expect(response.statusCode).toBe(200);
    expect(response.body?.regions?.region?.map((region) => region.localName)).toContain('China (Hangzhou)');
  });
});
