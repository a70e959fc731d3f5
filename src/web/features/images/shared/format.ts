import type { TFunction } from 'i18next';
import type { DiskDeviceMapping } from '../../../../contract';

/** "3 Dec 2026, 13:42:08" in the user's locale and time zone; the raw text if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
}

/** System disk first, then data disks in device order: the order ECS attaches them. */
export function sortedMappings(mappings: readonly DiskDeviceMapping[]): DiskDeviceMapping[] {
  return [...mappings].sort((a, b) =>
    a.type === b.type ? a.device.localeCompare(b.device) : a.type === 'system' ? -1 : 1,
  );
}

/** "System 40 GiB, Data 100 GiB, Data 200 GiB". */
export function describeDisks(t: TFunction, mappings: readonly DiskDeviceMapping[]): string {
  if (mappings.length === 0) return t('images.disks.none');
  return sortedMappings(mappings)
    .map((mapping) => t(`images.disks.${mapping.type}`, { size: mapping.sizeGiB }))
    .join(', ');
}
