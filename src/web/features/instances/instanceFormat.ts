/** Memory as the ECS console shows it: GiB, at most two decimals (512 MiB -> 0.5). */
export function memoryGiB(memoryMiB: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(memoryMiB / 1024);
}

/** A date and time in the viewer's locale, e.g. for a subscription's end; the raw text if unparseable. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', hour12: false });
}
