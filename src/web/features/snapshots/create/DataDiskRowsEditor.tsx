import AddIcon from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MAX_DATA_DISKS } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { dataDiskSnapshotsQuery } from '../api';
import { DataDiskRowFields, type SnapshotChoice } from './DataDiskRowFields';
import type { DataDiskRows } from './useDataDiskRows';

/**
 * "Add Data Disk Snapshot": ticking it shows the rows and the Add button; each row is a completed
 * data disk snapshot of the region or none (an empty disk), a size and a device.
 */
export function DataDiskRowsEditor({
  regionId,
  enabled,
  onEnabledChange,
  rows,
}: {
  regionId: string;
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  rows: DataDiskRows;
}) {
  const { t } = useTranslation();
  const snapshots = useQuery({ ...dataDiskSnapshotsQuery(regionId), enabled });
  const choices: SnapshotChoice[] =
    snapshots.data?.snapshots.map((snapshot) => ({ snapshotId: snapshot.snapshotId, sizeGiB: snapshot.sourceDiskSizeGiB })) ?? [];

  return (
    <Box component="section" aria-labelledby="data-disks-title" sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography id="data-disks-title" variant="subtitle2" component="h3">
        {t('snapshots.createImage.dataDisksTitle')}
      </Typography>
      <FormControlLabel
        control={
          <Checkbox
            checked={enabled}
            onChange={(event) => {
              onEnabledChange(event.target.checked);
              if (!event.target.checked) rows.clear();
            }}
          />
        }
        label={t('snapshots.createImage.addDataDisks')}
      />
      {enabled ? (
        <>
          {snapshots.isError ? (
            <ErrorAlert error={snapshots.error} title={t('snapshots.createImage.snapshotsLoadError')} onRetry={() => void snapshots.refetch()} />
          ) : null}
          {snapshots.isPending ? (
            <Typography variant="body2" role="status">
              {t('snapshots.createImage.snapshotsLoading')}
            </Typography>
          ) : null}
          {snapshots.isSuccess && choices.length === 0 ? <Alert severity="info">{t('snapshots.createImage.noDataSnapshots')}</Alert> : null}
          {rows.rows.map((row, position) => (
            <Box key={row.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
              <DataDiskRowFields index={position + 1} row={row} rows={rows} choices={choices} />
              <IconButton aria-label={t('snapshots.createImage.remove', { index: position + 1 })} onClick={() => rows.remove(row.id)}>
                <DeleteOutline fontSize="small" />
              </IconButton>
            </Box>
          ))}
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Button size="small" startIcon={<AddIcon />} onClick={rows.add} disabled={!rows.canAdd}>
              {t('snapshots.createImage.add')}
            </Button>
            <Typography variant="caption" color="text.secondary">
              {t('snapshots.createImage.dataDiskLimit', { max: MAX_DATA_DISKS })}
            </Typography>
          </Box>
        </>
      ) : null}
    </Box>
  );
}
