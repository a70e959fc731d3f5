import {
  BILLING_LEGACY_04,
  DB_STAGING_02,
  SEC_AUDIT_03,
  WEB_PROD_01,
  callError,
  describeInstances,
  errorOf,
  instanceById,
  makeEmulator,
} from '../testkit';

const HANGZHOU_INSTANCE_COUNT = 14;

function names(response: ReturnType<typeof describeInstances>): string[] {
  return response.Instances.Instance.map((instance) => instance.InstanceName);
}

describe('DescribeInstances', () => {
  it('requires RegionId and refuses an unknown one', () => {
    const emulator = makeEmulator();
    expect(errorOf(callError(emulator, 'DescribeInstances', {}))).toEqual({ status: 400, code: 'MissingParameter.RegionId' });
    expect(errorOf(callError(emulator, 'DescribeInstances', { RegionId: 'xx-nowhere-1' }))).toEqual({
      status: 404,
      code: 'InvalidRegionId.NotFound',
    });
  });

  it('answers in ECS shape: minutes-only times, memory in MiB, wrapped IP lists and locks', () => {
    const emulator = makeEmulator();
    expect(instanceById(emulator, WEB_PROD_01)).toMatchObject({
      InstanceName: 'web-prod-01',
      Status: 'Running',
      ZoneId: 'cn-hangzhou-h',
      Cpu: 2,
      Memory: 8192,
      CreationTime: '2025-03-14T02:31Z',
      InstanceChargeType: 'PostPaid',
      ImageId: 'aliyun_3_x64_20G_alibase_20250117.vhd',
      PublicIpAddress: { IpAddress: ['47.96.23.118'] },
      VpcAttributes: { PrivateIpAddress: { IpAddress: ['172.16.1.10'] } },
      OperationLocks: { LockReason: [] },
    });
    expect(instanceById(emulator, SEC_AUDIT_03).OperationLocks.LockReason).toEqual([
      expect.objectContaining({ LockReason: 'security' }),
    ]);
    expect(instanceById(emulator, BILLING_LEGACY_04)).toMatchObject({ InstanceChargeType: 'PrePaid', ExpiredTime: '2025-06-30T16:00Z' });
  });

  it('finds instances by ID list; unknown IDs are simply absent', () => {
    const emulator = makeEmulator();
    const response = describeInstances(emulator, { InstanceIds: JSON.stringify([DB_STAGING_02, 'i-bp1unknown000000000', WEB_PROD_01]) });
    expect(names(response).sort()).toEqual(['db-staging-02', 'web-prod-01']);
    expect(describeInstances(emulator, { InstanceIds: '["i-bp1unknown000000000"]' }).Instances.Instance).toEqual([]);
    expect(callError(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', InstanceIds: 'i-a,i-b' }).code).toBe('InvalidParameter');
  });

  it('matches InstanceName exactly, or as a pattern with *', () => {
    const emulator = makeEmulator();
    expect(names(describeInstances(emulator, { InstanceName: 'web-prod-01' }))).toEqual(['web-prod-01']);
    expect(names(describeInstances(emulator, { InstanceName: 'web-prod' }))).toEqual([]);
    expect(names(describeInstances(emulator, { InstanceName: 'web-prod*' })).sort()).toEqual(['web-prod-01', 'web-prod-02']);
    expect(names(describeInstances(emulator, { InstanceName: '*-01' })).sort()).toEqual([
      'analytics-etl-01',
      'api-gateway-01',
      'cache-redis-01',
      'ci-runner-01',
      'jump-host-01',
      'web-prod-01',
      'win-ad-01',
    ]);
  });

  it('filters by Status and ZoneId', () => {
    const emulator = makeEmulator();
    const stopped = describeInstances(emulator, { Status: 'Stopped' }).Instances.Instance;
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.every((instance) => instance.Status === 'Stopped')).toBe(true);
    const zoneK = describeInstances(emulator, { ZoneId: 'cn-hangzhou-k' }).Instances.Instance;
    expect(zoneK.map((instance) => instance.ZoneId)).toEqual(['cn-hangzhou-k', 'cn-hangzhou-k', 'cn-hangzhou-k']);
    expect(errorOf(callError(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', Status: 'Sleeping' }))).toEqual({
      status: 404,
      code: 'InvalidStatus.NotFound',
    });
  });

  it('pages by NextToken: MaxResults below 10 means 10, above 100 means 100', () => {
    const emulator = makeEmulator();
    const first = describeInstances(emulator, { MaxResults: '5' });
    expect(first.Instances.Instance).toHaveLength(10);
    expect(first.TotalCount).toBe(HANGZHOU_INSTANCE_COUNT);
    expect(first.NextToken).toMatch(/^[0-9a-f]{32}$/);

    const second = describeInstances(emulator, { MaxResults: '10', NextToken: first.NextToken ?? '' });
    expect(second.Instances.Instance).toHaveLength(HANGZHOU_INSTANCE_COUNT - 10);
    expect(second.NextToken).toBe('');
    const seen = [...names(first), ...names(second)];
    expect(new Set(seen).size).toBe(HANGZHOU_INSTANCE_COUNT);

    const everything = describeInstances(emulator, { MaxResults: '1000' });
    expect(everything.Instances.Instance).toHaveLength(HANGZHOU_INSTANCE_COUNT);
  });

  it('refuses a NextToken it did not issue', () => {
    const emulator = makeEmulator();
    for (const token of ['not-a-token', '0'.repeat(32)]) {
      expect(errorOf(callError(emulator, 'DescribeInstances', { RegionId: 'cn-hangzhou', NextToken: token }))).toEqual({
        status: 400,
        code: 'InvalidParameter',
      });
    }
    const diskToken = describeInstances(emulator, { MaxResults: '10' }).NextToken ?? '';
    expect(callError(emulator, 'DescribeDisks', { RegionId: 'cn-hangzhou', NextToken: diskToken }).code).toBe('InvalidParameter');
  });

  it('pages by PageNumber / PageSize (default 10, at most 100)', () => {
    const emulator = makeEmulator();
    expect(describeInstances(emulator)).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: HANGZHOU_INSTANCE_COUNT });
    expect(describeInstances(emulator, { PageNumber: '2', PageSize: '10' }).Instances.Instance).toHaveLength(4);
    expect(describeInstances(emulator, { PageSize: '101' }).PageSize).toBe(100);
  });

  it('orders newest first, then by ID, the same on every call', () => {
    const emulator = makeEmulator();
    const times = describeInstances(emulator, { MaxResults: '100' }).Instances.Instance.map((instance) => instance.CreationTime);
    expect([...times].sort().reverse()).toEqual(times);
    expect(names(describeInstances(emulator))).toEqual(names(describeInstances(emulator)));
  });

  it('lists Singapore instances in ap-southeast-1 and none in an empty region', () => {
    const emulator = makeEmulator();
    expect(names(describeInstances(emulator, { RegionId: 'ap-southeast-1' })).sort()).toEqual(['sg-db-01', 'sg-web-01', 'sg-win-01']);
    expect(describeInstances(emulator, { RegionId: 'eu-central-1' })).toMatchObject({ TotalCount: 0, Instances: { Instance: [] } });
  });
});
