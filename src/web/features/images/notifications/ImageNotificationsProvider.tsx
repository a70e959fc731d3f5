import type { ReactNode } from 'react';

/** Placeholder until the images feature lands: tracks images being created and shows notifications. */
export function ImageNotificationsProvider({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
