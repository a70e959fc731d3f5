import { BlockList, isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { roles, type Role } from '../../contract';
import type { Principal } from './types';

export interface ProxySettings {
  header: string;
  roleHeader?: string;
  defaultRole: Role;
  trustedProxies: string[];
}

/** "::ffff:10.0.0.5" (an IPv4 peer on a dual-stack socket) is 10.0.0.5. */
const plainAddress = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(plainAddress(address), family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

export type ProxyIdentity = { kind: 'user'; principal: Principal } | { kind: 'none' } | { kind: 'untrusted' };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/**
 * The user the auth proxy names in its header. The header is believed only from the proxy's own
 * addresses, judged by the TCP peer (never X-Forwarded-For, which any client can write).
 */
export function proxyIdentity(request: FastifyRequest, settings: ProxySettings, trusted: BlockList): ProxyIdentity {
  const username = single(request.headers[settings.header]);
  const peer = plainAddress(request.socket.remoteAddress ?? '');
  const family = isIP(peer) === 6 ? 'ipv6' : 'ipv4';
  if (!peer || !trusted.check(peer, family)) return username ? { kind: 'untrusted' } : { kind: 'none' };
  if (!username || username.length > 128) return { kind: 'none' };
  const claimed = settings.roleHeader ? single(request.headers[settings.roleHeader]).toLowerCase() : '';
  const role = (roles as readonly string[]).includes(claimed) ? (claimed as Role) : settings.defaultRole;
  return { kind: 'user', principal: { username, role } };
}
