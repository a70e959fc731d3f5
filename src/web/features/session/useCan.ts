import type { Capability, Role } from '../../../contract';
import { useSessionQuery } from './api';

/** What a role may do; the BFF enforces the same rule (403), the UI only says it in advance. */
const CAPABILITIES: Record<Role, readonly Capability[]> = {
  viewer: ['read'],
  operator: ['read', 'operate'],
};

export type Permission = { allowed: true } | { allowed: false; role: Role; reasonKey: string };

/**
 * `useCan('operate')`: may the signed-in user change resources? Only a session that is known to
 * lack the capability says no: without sign-in (loopback) everyone is an operator, and while the
 * session is loading or unreachable the BFF's answer decides.
 */
export function useCan(capability: Capability): Permission {
  const { data } = useSessionQuery();
  if (!data?.authenticated || CAPABILITIES[data.role].includes(capability)) return { allowed: true };
  return { allowed: false, role: data.role, reasonKey: `session.cannot.${data.role}` };
}
