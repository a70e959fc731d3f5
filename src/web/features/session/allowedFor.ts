import type { Permission } from './useCan';

/** An action's availability as menus show it: enabled, or disabled with the i18n key of the reason. */
type Availability = { enabled: true } | { enabled: false; reasonKey: string };

/** The role comes first: a viewer sees "Your role (viewer) cannot do this", whatever the state. */
export function allowedFor<A extends Availability>(permission: Permission, availability: A): Availability {
  return permission.allowed ? availability : { enabled: false, reasonKey: permission.reasonKey };
}

/** The same for a whole table of actions (rowActionAvailability's answer). */
export function allowedForAll<K extends string>(permission: Permission, table: Record<K, Availability>): Record<K, Availability> {
  if (permission.allowed) return table;
  const limited = {} as Record<K, Availability>;
  for (const key of Object.keys(table) as K[]) limited[key] = allowedFor(permission, table[key]);
  return limited;
}
