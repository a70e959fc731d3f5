/**
 * Seed facts and helpers for the tests of the image's whole life (issue 3); seed/README.md lists
 * every ID below.
 */
import { HANGZHOU, WEB_PROD_01, call, callError, errorOf } from './testkit';
import type { EcsParams, Emulator } from './types';

export const WEB_PROD_BASELINE = 'm-bp1do1thh73546fk0ma4';
export const DB_MIGRATION_TEST = 'm-bp1z0qw4hwgzvzojbpyn';
export const ALINUX3 = 'aliyun_3_x64_20G_alibase_20250117.vhd';
export const ALINUX3_ARM = 'aliyun_3_arm64_20G_alibase_20250117.vhd';
export const WIN2022 = 'win2022_21H2_x64_dtc_en-us_40G_alibase_20250115.vhd';

export const SNAP_WEB_SYS = 's-bp17g2br4adytspqius8';
export const SNAP_WEB_DATA = 's-bp1pa71flbk0lsum4jbq';
export const SNAP_DB_SYS = 's-bp1sjbi55mxddlbhio3b';
export const SNAP_WEB_LOGS = 's-bp1cfjqbmgabxscs3nh2';
export const SNAP_WIN_SYS = 's-bp1jqexw46qx1xpybx4s';
export const SNAP_REDIS_PROGRESSING = 's-bp1hm7bsvag1ykz14jpx';
/** web-prod-baseline's system and first data snapshots (Usage image). */
export const BASELINE_SYS_SNAPSHOT = 's-bp12vs1z4zicgz6ne6rg';
export const BASELINE_DATA_SNAPSHOT = 's-bp1vsykppga1zckanfb2';

export const MAIN_VPC = 'vpc-bp1xkvhck9hezgxb4z23';
export const LEGACY_VPC = 'vpc-bp1khuw3y5ng13pptk4i';
export const VSW_H = 'vsw-bp105qif8i2mloo9tcn5';
export const VSW_I = 'vsw-bp1fseeh8p3sr8ksftyu';
export const VSW_LEGACY_H = 'vsw-bp17nt1csa6zq7vs6gru';
export const SG_DEFAULT = 'sg-bp1erfm2vyjgn195mia6';
export const SG_WEB = 'sg-bp13ox103jci16ma6mne';
export const SG_LEGACY = 'sg-bp1ee0ytc8a9hm34t2v3';

export { HANGZHOU, WEB_PROD_01 };

/** A RunInstances request that succeeds: web-prod-baseline in zone H. */
export const RUN_BASE: EcsParams = {
  RegionId: HANGZHOU,
  ImageId: WEB_PROD_BASELINE,
  InstanceType: 'ecs.g7.large',
  ZoneId: 'cn-hangzhou-h',
  VSwitchId: VSW_H,
  SecurityGroupId: SG_DEFAULT,
  InstanceName: 'from-baseline',
  Password: 'Passw0rd!2026',
};

export function runInstances(emulator: Emulator, params: EcsParams = {}): string[] {
  return call<{ InstanceIdSets: { InstanceIdSet: string[] } }>(emulator, 'RunInstances', { ...RUN_BASE, ...params }).InstanceIdSets.InstanceIdSet;
}

/** The code and HTTP status an action refuses with. */
export function refusal(emulator: Emulator, action: string, params: EcsParams): { status: number; code: string } {
  return errorOf(callError(emulator, action, params));
}

export function createImageFrom(emulator: Emulator, params: EcsParams): string {
  return call<{ ImageId: string }>(emulator, 'CreateImage', { RegionId: HANGZHOU, ...params }).ImageId;
}
