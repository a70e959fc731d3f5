/**
 * The official ECS SDK client, configured the way a user points it at the emulator
 * (ecs-reference.md §7.3). Tests use it to prove the emulator is indistinguishable on the wire.
 */
import * as ecsModule from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';

export type EcsClient = InstanceType<typeof ecsModule.default>;

/**
 * The SDK is CommonJS: under tsx the class is `default`, under Vitest's interop it can be
 * `default.default`. Resolve whichever this runtime produced.
 */
function ecsClientClass(): typeof ecsModule.default {
  const mod = ecsModule as unknown as { default?: { default?: unknown } };
  const candidate = mod.default?.default ?? mod.default ?? mod;
  if (typeof candidate !== 'function') throw new Error('Cannot find the Client class of @alicloud/ecs20140526.');
  return candidate as typeof ecsModule.default;
}

export interface SdkClientOptions {
  accessKeyId: string;
  accessKeySecret: string;
  /** host[:port] without a scheme, e.g. `127.0.0.1:8787`; omit to let the SDK pick the public endpoint. */
  endpoint?: string;
  regionId?: string;
  /** 'http' for a local endpoint; omitted means the SDK's HTTPS. */
  protocol?: 'http' | 'https';
  /** 'v2' switches the SDK to the legacy HMAC-SHA1 query signature. */
  signatureAlgorithm?: 'v2';
}

export function createSdkClient(options: SdkClientOptions): EcsClient {
  const Client = ecsClientClass();
  return new Client(
    new $OpenApiUtil.Config({
      accessKeyId: options.accessKeyId,
      accessKeySecret: options.accessKeySecret,
      regionId: options.regionId ?? 'cn-hangzhou',
      endpoint: options.endpoint,
      protocol: options.protocol ?? (options.endpoint ? 'http' : undefined),
      signatureAlgorithm: options.signatureAlgorithm,
      // Fail fast in tests rather than wait out the SDK's default timeouts.
      readTimeout: 10_000,
      connectTimeout: 5_000,
    }),
  );
}

export { ecsModule as ecsModels };
