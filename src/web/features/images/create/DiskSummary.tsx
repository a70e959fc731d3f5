import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Disk } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { instanceDisksQuery } from '../api';

const systemFirst = (a: Disk, b: Disk) =>
  a.type === b.type ? a.device.localeCompare(b.device) : a.type === 'system' ? -1 : 1;

/** The disks ECS will snapshot (one snapshot each), so the user sees what the image will hold. */
export function DiskSummary({ regionId, instanceId }: { regionId: string; instanceId: string }) {
  const { t } = useTranslation();
  const query = useQuery(instanceDisksQuery(regionId, instanceId));
  return (
    <Box component="section" aria-labelledby="create-image-disks-title">
      <Typography id="create-image-disks-title" variant="subtitle2" component="h3">
        {t('images.create.disksTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('images.create.disksDescription')}
      </Typography>
      {query.isPending ? (
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 1 }}>
          <CircularProgress size={16} aria-hidden />
          <Typography variant="body2">{t('images.create.disksLoading')}</Typography>
        </Box>
      ) : query.isError ? (
        <ErrorAlert error={query.error} title={t('images.create.disksLoadError')} onRetry={() => void query.refetch()} />
      ) : query.data.disks.length === 0 ? (
        <Typography variant="body2">{t('images.create.disksNone')}</Typography>
      ) : (
        <DiskTable disks={[...query.data.disks].sort(systemFirst)} />
      )}
    </Box>
  );
}

function DiskTable({ disks }: { disks: Disk[] }) {
  const { t } = useTranslation();
  const totalGiB = disks.reduce((sum, disk) => sum + disk.sizeGiB, 0);
  return (
    <Table size="small" aria-label={t('images.create.disksTableLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('images.create.diskColumns.diskId')}</TableCell>
          <TableCell>{t('images.create.diskColumns.type')}</TableCell>
          <TableCell>{t('images.create.diskColumns.category')}</TableCell>
          <TableCell align="right">{t('images.create.diskColumns.size')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {disks.map((disk) => (
          <TableRow key={disk.diskId}>
            <TableCell sx={{ fontFamily: 'monospace' }}>{disk.diskId}</TableCell>
            <TableCell>{t(`images.diskType.${disk.type}`)}</TableCell>
            <TableCell>{t(`images.diskCategory.${disk.category}`, { defaultValue: disk.category })}</TableCell>
            <TableCell align="right">{disk.sizeGiB}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell component="th" scope="row" colSpan={3} sx={{ color: 'text.primary', fontWeight: 600 }}>
            {t('images.create.totalLabel')}
          </TableCell>
          <TableCell align="right" sx={{ color: 'text.primary', fontWeight: 600 }}>
            {t('images.create.totalGiB', { size: totalGiB })}
          </TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}
