/**
 * The Alibaba Cloud SDK packages are CommonJS with `exports.default = ...`. Node's ESM loader (tsx)
 * hands us `module.exports` as the default import, while Vitest's interop unwraps one level, so the
 * class sits at `default.default` in one and `default` in the other. Resolve both here, once.
 */
import * as ecsModule from '@alicloud/ecs20140526';
import * as credentialsModule from '@alicloud/credentials';
import * as openApiCoreModule from '@alicloud/openapi-core';

type AnyModule = Record<string, unknown> & { default?: unknown };

function defaultExport<T>(mod: unknown): T {
  const m = mod as AnyModule;
  const inner = m.default as AnyModule | undefined;
  return (inner?.default ?? inner ?? m) as T;
}

/** The namespace holding named exports (request models, Config): the module itself or its CJS `default`. */
function namedExports<T>(mod: unknown, probe: string): T {
  const m = mod as AnyModule;
  return (probe in m ? m : (m.default as AnyModule)) as T;
}

export const EcsSdkClient = defaultExport<typeof ecsModule.default>(ecsModule);
export const EcsModels = namedExports<typeof ecsModule>(ecsModule, 'DescribeRegionsRequest');
export const Credential = defaultExport<typeof credentialsModule.default>(credentialsModule);
export const OpenApiUtil = namedExports<typeof openApiCoreModule>(openApiCoreModule, '$OpenApiUtil').$OpenApiUtil;
export type EcsSdkClientInstance = InstanceType<typeof EcsSdkClient>;
