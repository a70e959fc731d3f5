/** The instance types the emulator offers (DescribeInstanceTypes, RunInstances), with ECS's vCPU and memory (MiB). */
export interface InstanceTypeInfo {
  family: string;
  cpu: number;
  memoryMiB: number;
  /** Burstable (t6) types report their credit mode. */
  creditSpecification: string;
  /** DescribeInstanceTypes CpuArchitecture: arm64 images need ARM, the others X86. */
  cpuArchitecture: 'X86' | 'ARM';
  instanceCategory: 'General-purpose' | 'Compute-optimized' | 'Memory-optimized' | 'Shared';
}

const general = (cpu: number, memoryGiB: number, family = 'ecs.g7'): InstanceTypeInfo => ({
  family,
  cpu,
  memoryMiB: memoryGiB * 1024,
  creditSpecification: '',
  cpuArchitecture: family === 'ecs.g8y' ? 'ARM' : 'X86',
  instanceCategory: 'General-purpose',
});

export const INSTANCE_TYPES: Readonly<Record<string, InstanceTypeInfo>> = {
  'ecs.g7.large': general(2, 8),
  'ecs.g7.xlarge': general(4, 16),
  'ecs.g7.2xlarge': general(8, 32),
  'ecs.g7.4xlarge': general(16, 64),
  'ecs.c7.large': { ...general(2, 4, 'ecs.c7'), instanceCategory: 'Compute-optimized' },
  'ecs.c7.xlarge': { ...general(4, 8, 'ecs.c7'), instanceCategory: 'Compute-optimized' },
  'ecs.c7.2xlarge': { ...general(8, 16, 'ecs.c7'), instanceCategory: 'Compute-optimized' },
  'ecs.r7.large': { ...general(2, 16, 'ecs.r7'), instanceCategory: 'Memory-optimized' },
  'ecs.r7.xlarge': { ...general(4, 32, 'ecs.r7'), instanceCategory: 'Memory-optimized' },
  'ecs.t6-c1m2.large': { ...general(2, 4, 'ecs.t6'), creditSpecification: 'Standard', instanceCategory: 'Shared' },
  'ecs.g8y.large': general(2, 8, 'ecs.g8y'),
};

export function instanceTypeInfo(instanceType: string): InstanceTypeInfo {
  const info = INSTANCE_TYPES[instanceType];
  if (!info) throw new Error(`Seed refers to unknown instance type ${instanceType}`);
  return info;
}
