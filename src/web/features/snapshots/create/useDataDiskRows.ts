import { useMemo, useRef, useState } from 'react';
import {
  DATA_DEVICES,
  DEFAULT_EMPTY_DATA_DISK_GIB,
  MAX_DATA_DISKS,
  dataDiskProblems,
  type DataDiskProblem,
} from '../../../../contract';

/** A data disk row as the dialog keeps it; `id` keeps React keys stable when a row is removed. */
export interface DataDiskRow {
  id: number;
  /** '' for an empty data disk. */
  snapshotId: string;
  /** The picked snapshot's size, so "not below the snapshot" can be checked as the user types. */
  snapshotSizeGiB: number | undefined;
  /** As typed, so a half-typed number is not rewritten under the user's fingers. */
  sizeText: string;
  device: string;
}

export interface RowProblem {
  /** Which input of the row the problem belongs to. */
  part: 'size' | 'device';
  messageKey: string;
}

const SIZE_PROBLEMS: readonly DataDiskProblem[] = ['sizeTooSmall', 'sizeTooLarge', 'sizeBelowSnapshot'];
const parseSize = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** The next device no row uses, in mount order (ECS attaches data disks /dev/xvdb, /dev/xvdc, ...). */
const nextFreeDevice = (rows: readonly DataDiskRow[]) =>
  DATA_DEVICES.find((device) => !rows.some((row) => row.device === device)) ?? '';

/**
 * The "Add Data Disk Snapshot" rows: a snapshot or none (an empty disk), a size that defaults to
 * the snapshot's (or 20 GiB for an empty disk), a device. The contract's dataDiskProblems() checks
 * them as the user types, the same rule the BFF applies before calling ECS.
 */
export function useDataDiskRows() {
  const [rows, setRows] = useState<DataDiskRow[]>([]);
  // The BFF's (or ECS's) word on a row, by row id, until the user edits that row.
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<number, string>>(new Map());
  const nextId = useRef(1);

  const problems = useMemo(() => {
    const byRow = new Map<number, RowProblem>();
    rows.forEach((row) => {
      if (parseSize(row.sizeText) === undefined) byRow.set(row.id, { part: 'size', messageKey: 'snapshots.createImage.sizeNumber' });
    });
    const inputs = rows.map((row) => ({
      snapshotId: row.snapshotId || undefined,
      snapshotSizeGiB: row.snapshotSizeGiB,
      sizeGiB: parseSize(row.sizeText),
      device: row.device,
    }));
    for (const { index, problem } of dataDiskProblems(inputs)) {
      const row = rows[index];
      if (!row || byRow.has(row.id)) continue;
      byRow.set(row.id, { part: SIZE_PROBLEMS.includes(problem) ? 'size' : 'device', messageKey: `rules.dataDisk.${problem}` });
    }
    return byRow;
  }, [rows]);

  const update = (id: number, change: Partial<DataDiskRow>) => {
    setRows((current) => current.map((row) => (row.id === id ? { ...row, ...change } : row)));
    setServerErrors((current) => {
      if (!current.has(id)) return current;
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  };

  return {
    rows,
    canAdd: rows.length < MAX_DATA_DISKS,
    add: () => {
      const id = nextId.current++;
      setRows((current) => [
        ...current,
        { id, snapshotId: '', snapshotSizeGiB: undefined, sizeText: String(DEFAULT_EMPTY_DATA_DISK_GIB), device: nextFreeDevice(current) },
      ]);
    },
    remove: (id: number) => setRows((current) => current.filter((row) => row.id !== id)),
    clear: () => setRows([]),
    /** Picking a snapshot sets the size to the snapshot's; "none" goes back to the empty-disk default. */
    pickSnapshot: (id: number, snapshot: { snapshotId: string; sizeGiB: number } | null) =>
      update(id, {
        snapshotId: snapshot?.snapshotId ?? '',
        snapshotSizeGiB: snapshot?.sizeGiB,
        sizeText: String(snapshot?.sizeGiB ?? DEFAULT_EMPTY_DATA_DISK_GIB),
      }),
    setSize: (id: number, sizeText: string) => update(id, { sizeText }),
    setDevice: (id: number, device: string) => update(id, { device }),
    problem: (id: number) => problems.get(id),
    serverError: (id: number) => serverErrors.get(id),
    /** A refusal the server tied to `dataDisks.<index>`; false when no such row is on screen. */
    showServerError: (index: number, message: string) => {
      const row = rows[index];
      if (!row) return false;
      setServerErrors((current) => new Map(current).set(row.id, message));
      return true;
    },
    hasProblems: problems.size > 0,
    /** The rows as the contract's CreateImageFromSnapshotBody.dataDisks. */
    toBody: () =>
      rows.map((row) => ({
        snapshotId: row.snapshotId || undefined,
        sizeGiB: parseSize(row.sizeText),
        device: row.device || undefined,
      })),
  };
}

export type DataDiskRows = ReturnType<typeof useDataDiskRows>;
