import { invalidParameter } from '../errors';
import { paginate } from '../paging';
import { optional } from '../params';
import { INSTANCE_TYPES, type InstanceTypeInfo } from '../seed/instanceTypes';
import type { EcsParams } from '../types';
import type { ModelAction } from './action';

/** `InstanceTypes.N` (N 1-10): the types asked for; none = all. */
function requestedTypes(params: EcsParams): string[] | undefined {
  const names: [number, string][] = [];
  for (const [name, value] of Object.entries(params)) {
    const match = /^InstanceTypes\.(\d+)$/.exec(name);
    if (!match || value === '') continue;
    const index = Number(match[1]);
    if (index < 1 || index > 10) throw invalidParameter(name);
    names.push([index, value]);
  }
  return names.length === 0 ? undefined : names.sort(([a], [b]) => a - b).map(([, value]) => value);
}

/**
 * DescribeInstanceTypes (no RegionId: the catalogue is global): `InstanceTypes.N`,
 * `InstanceTypeFamily`, `CpuArchitecture`; paged by NextToken/MaxResults (up to 1600). Unknown
 * types are simply absent.
 */
export const describeInstanceTypes: ModelAction = (_model, _ctx, params) => {
  const wanted = requestedTypes(params);
  const family = optional(params, 'InstanceTypeFamily');
  const architecture = optional(params, 'CpuArchitecture');
  const matching = Object.entries(INSTANCE_TYPES).filter(
    ([id, info]) =>
      (wanted === undefined || wanted.includes(id)) &&
      (family === undefined || info.family === family) &&
      (architecture === undefined || info.cpuArchitecture === architecture),
  );
  const page = paginate(matching, { ...params, MaxResults: params.MaxResults ?? '1600' }, { kind: 'DescribeInstanceTypes', maxResults: 1600 });
  return {
    NextToken: page.fields.NextToken ?? '',
    InstanceTypes: { InstanceType: page.items.map(([id, info]) => presentInstanceType(id, info)) },
  };
};

function presentInstanceType(id: string, info: InstanceTypeInfo): Record<string, unknown> {
  return {
    InstanceTypeId: id,
    InstanceTypeFamily: info.family,
    InstanceCategory: info.instanceCategory,
    InstanceFamilyLevel: info.instanceCategory === 'Shared' ? 'CreditEntryLevel' : 'EnterpriseLevel',
    CpuArchitecture: info.cpuArchitecture,
    CpuCoreCount: info.cpu,
    // DescribeInstanceTypes reports memory in GiB (DescribeInstances in MiB).
    MemorySize: info.memoryMiB / 1024,
    GPUAmount: 0,
    GPUSpec: '',
    LocalStorageAmount: 0,
    LocalStorageCapacity: 0,
    LocalStorageCategory: '',
    EniQuantity: Math.max(2, info.cpu),
    EniPrivateIpAddressQuantity: 6,
    DiskQuantity: 17,
    InstanceBandwidthRx: 1024000 * Math.max(1, info.cpu / 2),
    InstanceBandwidthTx: 1024000 * Math.max(1, info.cpu / 2),
    NvmeSupport: 'unsupported',
    SupportedBootModes: { SupportedBootMode: info.cpuArchitecture === 'ARM' ? ['UEFI'] : ['BIOS', 'UEFI'] },
    CpuOptions: { Core: Math.max(1, info.cpu / 2), ThreadsPerCore: 2, HyperThreadingAdjustable: false },
  };
}
