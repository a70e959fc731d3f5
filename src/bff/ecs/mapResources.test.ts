import { parseGiB, parsePercent, toImage, toInstance } from './mapResources';

describe('reading ECS values', () => {
  it.each([
    ['45%', 45],
    ['100%', 100],
    ['0%', 0],
    ['12.6%', 13],
    ['', 0],
    [undefined, 0],
    ['250%', 100],
  ])('progress %j -> %i', (value, expected) => {
    expect(parsePercent(value)).toBe(expected);
  });

  it('reads sizes given as numbers or strings of GiB', () => {
    expect(parseGiB(40)).toBe(40);
    expect(parseGiB('200')).toBe(200);
    expect(parseGiB(undefined)).toBe(0);
  });
});

describe('mapping SDK models to the contract', () => {
  it('collects public, elastic and private addresses and lock reasons of an instance', () => {
    const instance = toInstance({
      instanceId: 'i-1',
      status: 'Running',
      memory: 16384,
      OSType: 'windows',
      instanceChargeType: 'PrePaid',
      publicIpAddress: { ipAddress: [] },
      eipAddress: { ipAddress: '8.8.8.8' },
      vpcAttributes: { privateIpAddress: { ipAddress: ['10.0.0.5'] } },
      operationLocks: { lockReason: [{ lockReason: 'security' }] },
    } as never);
    expect(instance).toMatchObject({
      memoryMiB: 16384,
      osType: 'windows',
      chargeType: 'PrePaid',
      publicIpAddresses: ['8.8.8.8'],
      privateIpAddresses: ['10.0.0.5'],
      lockReasons: ['security'],
    });
  });

  it("reads an image's disk mappings with string sizes and its tags", () => {
    const image = toImage({
      imageId: 'm-1',
      status: 'Creating',
      progress: '45%',
      size: 40,
      diskDeviceMappings: {
        diskDeviceMapping: [
          { device: '/dev/xvda', type: 'system', snapshotId: 's-1', size: '40' },
          { device: '/dev/xvdb', type: 'data', snapshotId: 's-2', size: '100' },
        ],
      },
      tags: { tag: [{ tagKey: 'env', tagValue: 'prod' }] },
    } as never);
    expect(image).toMatchObject({ status: 'Creating', progress: 45, sizeGiB: 40, usable: false, tags: [{ key: 'env', value: 'prod' }] });
    expect(image.diskDeviceMappings).toEqual([
      { device: '/dev/xvda', type: 'system', snapshotId: 's-1', sizeGiB: 40 },
      { device: '/dev/xvdb', type: 'data', snapshotId: 's-2', sizeGiB: 100 },
    ]);
  });
});
