import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { DATA_DEVICES, EMPTY_DATA_DISK_MIN_GIB } from '../../../../contract';
import type { DataDiskRow, DataDiskRows } from './useDataDiskRows';

export interface SnapshotChoice {
  snapshotId: string;
  sizeGiB: number;
}

const EMPTY = '';

/** One data disk: snapshot (or none), size and device, as a named group so each row reads on its own. */
export function DataDiskRowFields({
  index,
  row,
  rows,
  choices,
}: {
  index: number;
  row: DataDiskRow;
  rows: DataDiskRows;
  choices: readonly SnapshotChoice[];
}) {
  const { t } = useTranslation();
  const problem = rows.problem(row.id);
  const serverError = rows.serverError(row.id);
  const sizeError = problem?.part === 'size' ? t(problem.messageKey) : undefined;
  const deviceError = problem?.part === 'device' ? t(problem.messageKey) : undefined;
  // A picked snapshot no longer listed (deleted meanwhile) stays selectable, so the row does not change silently.
  const listed = row.snapshotId === EMPTY || choices.some((choice) => choice.snapshotId === row.snapshotId);
  const options = listed ? choices : [...choices, { snapshotId: row.snapshotId, sizeGiB: row.snapshotSizeGiB ?? 0 }];
  const sizeHint = t('snapshots.createImage.sizeHint', { min: row.snapshotSizeGiB ?? EMPTY_DATA_DISK_MIN_GIB });

  return (
    <Box
      role="group"
      aria-label={t('snapshots.createImage.row', { index })}
      sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start', flexGrow: 1 }}
    >
      <TextField
        select
        size="small"
        label={t('snapshots.createImage.snapshot')}
        value={row.snapshotId}
        onChange={(event) => {
          const choice = options.find((option) => option.snapshotId === event.target.value);
          rows.pickSnapshot(row.id, choice ? { snapshotId: choice.snapshotId, sizeGiB: choice.sizeGiB } : null);
        }}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        error={Boolean(serverError)}
        helperText={serverError}
        sx={{ flex: '2 1 240px' }}
      >
        <option value={EMPTY}>{t('snapshots.createImage.emptyDisk')}</option>
        {options.map((option) => (
          <option key={option.snapshotId} value={option.snapshotId}>
            {t('snapshots.createImage.snapshotOption', { id: option.snapshotId, size: option.sizeGiB })}
          </option>
        ))}
      </TextField>
      <TextField
        size="small"
        label={t('snapshots.createImage.size')}
        value={row.sizeText}
        onChange={(event) => rows.setSize(row.id, event.target.value)}
        error={Boolean(sizeError)}
        helperText={sizeError ?? sizeHint}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
        sx={{ flex: '1 1 120px' }}
      />
      <TextField
        select
        size="small"
        label={t('snapshots.createImage.device')}
        value={row.device}
        onChange={(event) => rows.setDevice(row.id, event.target.value)}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        error={Boolean(deviceError)}
        helperText={deviceError}
        sx={{ flex: '1 1 140px' }}
      >
        {DATA_DEVICES.map((device) => (
          <option key={device} value={device}>
            {device}
          </option>
        ))}
      </TextField>
    </Box>
  );
}
