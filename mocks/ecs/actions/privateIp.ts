import type { RegionState, VSwitchRecord } from '../model';
import { EcsError } from '../types';

/**
 * Private IPs from a vSwitch's /24: ECS keeps the first three and the last addresses of every
 * vSwitch, so hosts .3 to .252 are usable (252 - used). New instances take the lowest free one.
 */
const FIRST_HOST = 3;
const LAST_HOST = 252;

function prefixOf(vSwitch: VSwitchRecord): string {
  return vSwitch.cidrBlock.split('.').slice(0, 3).join('.');
}

function usedHosts(region: RegionState, vSwitch: VSwitchRecord): Set<string> {
  return new Set(region.instances.filter((instance) => instance.vSwitchId === vSwitch.vSwitchId).map((instance) => instance.privateIp));
}

export function usableAddressCount(region: RegionState, vSwitch: VSwitchRecord): number {
  const prefix = prefixOf(vSwitch);
  const used = [...usedHosts(region, vSwitch)].filter((ip) => {
    const host = Number(ip.slice(prefix.length + 1));
    return ip.startsWith(`${prefix}.`) && host >= FIRST_HOST && host <= LAST_HOST;
  });
  return LAST_HOST - FIRST_HOST + 1 - used.length;
}

/** `count` free addresses, lowest first; QuotaExceeded.PrivateIpAddress when the vSwitch is full. */
export function allocatePrivateIps(region: RegionState, vSwitch: VSwitchRecord, count: number): string[] {
  const prefix = prefixOf(vSwitch);
  const used = usedHosts(region, vSwitch);
  const free: string[] = [];
  for (let host = FIRST_HOST; host <= LAST_HOST && free.length < count; host += 1) {
    const ip = `${prefix}.${host}`;
    if (!used.has(ip)) free.push(ip);
  }
  if (free.length < count) {
    throw new EcsError(400, 'QuotaExceeded.PrivateIpAddress', "Don't have enough private IPs in this switch");
  }
  return free;
}
