// Injected faults as the official SDK sees them over HTTP from the standalone emulator.
import { createEmulator, type SteerableEmulator } from './ecs/emulator';
import { startStandaloneEcs, type StandaloneEcs } from './server';
import { createSdkClient, ecsModels as $Ecs } from './testing/sdkClient';

const ACCESS_KEY_ID = 'LTAI5tSdkFaultTests';
const ACCESS_KEY_SECRET = 'sdk-fault-secret';

interface SdkError {
  name: string;
  code?: string;
  statusCode?: number;
  retryAfter?: number;
  message: string;
}

let emulator: SteerableEmulator;
let ecs: StandaloneEcs;

beforeAll(async () => {
  emulator = createEmulator({ clock: 'manual', credentials: new Map([[ACCESS_KEY_ID, ACCESS_KEY_SECRET]]) });
  ecs = await startStandaloneEcs({ emulator, port: 0 });
});
beforeEach(() => emulator.reset());
afterAll(() => ecs.close());

const client = () =>
  createSdkClient({ accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, endpoint: `127.0.0.1:${ecs.port}` });

async function describeInstancesError(): Promise<SdkError> {
  try {
    await client().describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou' }));
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected DescribeInstances to fail');
}

describe('faults through the official SDK', () => {
  it('Throttling becomes a ThrottlingError with retryAfter from x-acs-retry-after', async () => {
    emulator.steering.faults.add({ action: 'DescribeInstances', kind: 'Throttling', count: 1, retryAfterMs: 3000 });
    const error = await describeInstancesError();
    expect(error).toMatchObject({ name: 'ThrottlingError', code: 'Throttling', statusCode: 400, retryAfter: 3000 });
  });

  it('ServiceUnavailable becomes a ServerError with status 503', async () => {
    emulator.steering.faults.add({ kind: 'ServiceUnavailable', count: 1 });
    expect(await describeInstancesError()).toMatchObject({ name: 'ServerError', code: 'ServiceUnavailable', statusCode: 503 });
  });

  it('InternalError becomes a ServerError with status 500', async () => {
    emulator.steering.faults.add({ kind: 'InternalError', count: 1 });
    expect(await describeInstancesError()).toMatchObject({ name: 'ServerError', code: 'InternalError', statusCode: 500 });
  });

  it('a dropped connection is a network failure with no ECS answer, and the next call works', async () => {
    emulator.steering.faults.add({ kind: 'dropConnection', count: 1 });
    const error = await describeInstancesError();
    expect(error.statusCode).toBeUndefined();
    expect(error.message).toMatch(/socket hang up|ECONNRESET|closed|network/i);
    const response = await client().describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: 'cn-hangzhou' }));
    expect(response.statusCode).toBe(200);
  });
});
