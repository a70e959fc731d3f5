import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusIndicator } from '../../../ui/StatusIndicator';
import { isTerminalImageStatus, snapshotStatusTable } from '../../../ui/status';
import { imageSnapshotsQuery } from '../api';
import { ProgressBar } from '../shared/ProgressBar';
import { diskSnapshotRows, type DiskSnapshotRow } from './diskSnapshotRows';
import { SnapshotLink } from './SnapshotLink';

/** The image's disks, each with the snapshot ECS takes of it; polled until all are done. */
export function DisksAndSnapshots({ regionId, image }: { regionId: string; image: Image }) {
  const { t } = useTranslation();
  const query = useQuery(imageSnapshotsQuery(regionId, image.imageId, isTerminalImageStatus(image.status)));
  return (
    <Box component="section" aria-labelledby="image-disks-title">
      <Typography id="image-disks-title" variant="h6" component="h2">
        {t('images.detail.disksTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('images.detail.disksDescription')}
      </Typography>
      {query.isError ? (
        <ErrorAlert error={query.error} title={t('images.detail.snapshotsLoadError')} onRetry={() => void query.refetch()} />
      ) : null}
      {query.isPending ? (
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 2 }}>
          <CircularProgress size={16} aria-hidden />
          <Typography variant="body2">{t('images.detail.snapshotsLoading')}</Typography>
        </Box>
      ) : (
        <SnapshotTable regionId={regionId} rows={diskSnapshotRows(image.diskDeviceMappings, query.data?.snapshots ?? [])} />
      )}
    </Box>
  );
}

function SnapshotTable({ regionId, rows }: { regionId: string; rows: DiskSnapshotRow[] }) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={t('images.detail.disksTableLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('images.detail.columns.device')}</TableCell>
          <TableCell>{t('images.detail.columns.type')}</TableCell>
          <TableCell align="right">{t('images.detail.columns.size')}</TableCell>
          <TableCell>{t('images.detail.columns.snapshotId')}</TableCell>
          <TableCell>{t('images.detail.columns.snapshotStatus')}</TableCell>
          <TableCell>{t('images.detail.columns.snapshotProgress')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={6}>{t('images.disks.none')}</TableCell>
          </TableRow>
        ) : null}
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell sx={{ fontFamily: 'monospace' }}>{row.device || '-'}</TableCell>
            <TableCell>{t(`images.diskType.${row.type}`)}</TableCell>
            <TableCell align="right">{row.sizeGiB}</TableCell>
            {row.snapshot ? (
              <>
                <TableCell>
                  <SnapshotLink regionId={regionId} snapshot={row.snapshot} />
                </TableCell>
                <TableCell>
                  <StatusIndicator entry={snapshotStatusTable[row.snapshot.status]} />
                </TableCell>
                <TableCell>
                  <ProgressBar
                    value={row.snapshot.progress}
                    label={t('images.progress.snapshotLabel', { id: row.snapshot.snapshotId })}
                  />
                </TableCell>
              </>
            ) : (
              <TableCell colSpan={3}>
                <Typography variant="body2" color="text.secondary">
                  {t('images.detail.snapshotNotYet')}
                </Typography>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
