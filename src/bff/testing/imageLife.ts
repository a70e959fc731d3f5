/** Seed facts and helpers shared by the image-life route tests (issue 3). Seed: mocks/ecs/seed/README.md. */
import type { FastifyInstance } from 'fastify';
import { createEmulator } from '../../../mocks/ecs/emulator';
import type { ActionHandler, Emulator } from '../../../mocks/ecs/types';
import { HANGZHOU, call } from './harness';

/** web-prod-baseline: Available; system 40 + data 100 (/dev/xvdb) + data 200 (/dev/xvdc). */
export const BASELINE_IMAGE = 'm-bp1do1thh73546fk0ma4';
export const BASELINE_SNAPSHOTS = ['s-bp12vs1z4zicgz6ne6rg', 's-bp1vsykppga1zckanfb2', 's-bp1i7g0nr3ulm16c8e8v'];
/** db-migration-test: CreateFailed. */
export const FAILED_IMAGE = 'm-bp1z0qw4hwgzvzojbpyn';
/** Manual snapshots: web-prod-01's system disk (40 GiB) and its /dev/xvdb data disk (100 GiB), accomplished. */
export const WEB_SYSTEM_SNAPSHOT = 's-bp17g2br4adytspqius8';
export const WEB_DATA_SNAPSHOT = 's-bp1pa71flbk0lsum4jbq';
/** cache-redis-01's 500 GiB data disk, still progressing at the seed time (a 30-minute first copy). */
export const PROGRESSING_SNAPSHOT = 's-bp1hm7bsvag1ykz14jpx';
export const WEB_PROD_02 = 'i-bp1e4vw7irowyigwak11';

let counter = 0;
export const token = (label: string) => `${label}-${Date.now()}-${++counter}`;

export async function advance(app: FastifyInstance, seconds: number): Promise<void> {
  const { status } = await call(app, 'POST', '/__mock/advance', { seconds });
  if (status !== 200) throw new Error(`advance answered ${status}`);
}

/** A vSwitch of the zone and a security group of the same VPC, as the create-instance form picks them. */
export async function networkIn(app: FastifyInstance, zoneId: string): Promise<{ vSwitchId: string; securityGroupId: string }> {
  const { json } = await call(app, 'GET', `${HANGZHOU}/network`);
  const vSwitch = json.vSwitches.find((v: { zoneId: string }) => v.zoneId === zoneId);
  const group = json.securityGroups.find((g: { vpcId: string }) => g.vpcId === vSwitch?.vpcId);
  if (!vSwitch || !group) throw new Error(`The seed has no vSwitch and security group in ${zoneId}`);
  return { vSwitchId: vSwitch.vSwitchId, securityGroupId: group.securityGroupId };
}

/** Makes a system-only image from db-staging-02 and waits (emulated) until it is Available. */
export async function systemOnlyImage(app: FastifyInstance, name = `sys-only-${++counter}`): Promise<string> {
  const created = await call(app, 'POST', `${HANGZHOU}/instances/i-bp1s72s6ov5qm065gimb/images`, {
    imageName: name,
    clientToken: token('sys-only'),
  });
  if (created.status !== 201) throw new Error(`CreateImage answered ${created.status}: ${created.response.body}`);
  await advance(app, 120);
  return created.json.imageId;
}

/** An emulator that counts the ECS actions it answers, to hold routes to a bounded number of calls. */
export function countingEmulator(): Emulator & { calls: Map<string, number> } {
  const emulator = createEmulator({ clock: 'manual' });
  const calls = new Map<string, number>();
  const actions: Record<string, ActionHandler> = {};
  for (const [name, handler] of Object.entries(emulator.actions)) {
    actions[name] = (context, params) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return handler(context, params);
    };
  }
  return { ...emulator, actions, reset: () => emulator.reset(), calls };
}
