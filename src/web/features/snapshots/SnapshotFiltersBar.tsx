import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { snapshotStatuses, snapshotUsages } from '../../../contract';
import { snapshotStatusTable } from '../../ui/status';
import { isResourceId, type SnapshotFilters } from './listFilters';

const ALL = '';

/**
 * Instance ID and Disk ID (exact, applied on Enter or Search, checked first so a malformed ID
 * never reaches the BFF), Usage and Status (applied at once).
 */
export function SnapshotFiltersBar({
  filters,
  onApply,
}: {
  filters: SnapshotFilters;
  onApply: (change: Partial<SnapshotFilters>) => void;
}) {
  const { t } = useTranslation();
  const [instanceId, setInstanceId] = useState(filters.instanceId);
  const [diskId, setDiskId] = useState(filters.diskId);
  const [checked, setChecked] = useState(false);
  const badInstanceId = instanceId.trim() !== '' && !isResourceId(instanceId.trim());
  const badDiskId = diskId.trim() !== '' && !isResourceId(diskId.trim());

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (badInstanceId || badDiskId) return;
    onApply({ instanceId: instanceId.trim(), diskId: diskId.trim() });
  };
  const idError = (bad: boolean, example: string) =>
    checked && bad ? t('snapshots.filters.invalidId', { example }) : undefined;

  return (
    <Box
      component="form"
      role="search"
      aria-label={t('snapshots.filters.label')}
      noValidate
      onSubmit={onSubmit}
      sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}
    >
      <TextField
        size="small"
        label={t('snapshots.filters.instanceId')}
        placeholder="i-bp1..."
        value={instanceId}
        onChange={(event) => setInstanceId(event.target.value)}
        error={Boolean(idError(badInstanceId, 'i-bp1...'))}
        helperText={idError(badInstanceId, 'i-bp1...')}
        slotProps={{ htmlInput: { maxLength: 64 } }}
        sx={{ minWidth: 220 }}
      />
      <TextField
        size="small"
        label={t('snapshots.filters.diskId')}
        placeholder="d-bp1..."
        value={diskId}
        onChange={(event) => setDiskId(event.target.value)}
        error={Boolean(idError(badDiskId, 'd-bp1...'))}
        helperText={idError(badDiskId, 'd-bp1...')}
        slotProps={{ htmlInput: { maxLength: 64 } }}
        sx={{ minWidth: 220 }}
      />
      <Button type="submit" variant="outlined" startIcon={<Search aria-hidden />}>
        {t('snapshots.filters.apply')}
      </Button>
      <TextField
        select
        size="small"
        label={t('snapshots.filters.usage')}
        value={filters.usage ?? ALL}
        onChange={(event) => onApply({ usage: snapshotUsages.find((usage) => usage === event.target.value) })}
        sx={{ minWidth: 160 }}
      >
        <MenuItem value={ALL}>{t('snapshots.filters.all')}</MenuItem>
        {snapshotUsages.map((usage) => (
          <MenuItem key={usage} value={usage}>
            {t(`snapshots.usage.${usage}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('snapshots.filters.status')}
        value={filters.status ?? ALL}
        onChange={(event) => onApply({ status: snapshotStatuses.find((status) => status === event.target.value) })}
        sx={{ minWidth: 160 }}
      >
        <MenuItem value={ALL}>{t('snapshots.filters.all')}</MenuItem>
        {snapshotStatuses.map((status) => (
          <MenuItem key={status} value={status}>
            {t(snapshotStatusTable[status].labelKey)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
