/** The instance types the seed uses, with ECS's vCPU and memory (MiB) for each. */
export interface InstanceTypeInfo {
  family: string;
  cpu: number;
  memoryMiB: number;
  /** Burstable (t6) types report their credit mode. */
  creditSpecification: string;
}

export const INSTANCE_TYPES: Readonly<Record<string, InstanceTypeInfo>> = {
  'ecs.g7.large': { family: 'ecs.g7', cpu: 2, memoryMiB: 8192, creditSpecification: '' },
  'ecs.g7.xlarge': { family: 'ecs.g7', cpu: 4, memoryMiB: 16384, creditSpecification: '' },
  'ecs.g7.2xlarge': { family: 'ecs.g7', cpu: 8, memoryMiB: 32768, creditSpecification: '' },
  'ecs.c7.xlarge': { family: 'ecs.c7', cpu: 4, memoryMiB: 8192, creditSpecification: '' },
  'ecs.t6-c1m2.large': { family: 'ecs.t6', cpu: 2, memoryMiB: 4096, creditSpecification: 'Standard' },
};

export function instanceTypeInfo(instanceType: string): InstanceTypeInfo {
  const info = INSTANCE_TYPES[instanceType];
  if (!info) throw new Error(`Seed refers to unknown instance type ${instanceType}`);
  return info;
}
