import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Disk } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { instanceDisksQuery } from './api';
import { LoadingLine, Section } from './Section';

/** System disk first, then data disks in device order: the order ECS attaches them. */
const byAttachOrder = (a: Disk, b: Disk) => (a.type === b.type ? a.device.localeCompare(b.device) : a.type === 'system' ? -1 : 1);

/** The instance's disks: system and data, category, size, device and disk ID. */
export function InstanceDisks({ regionId, instanceId }: { regionId: string; instanceId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(instanceDisksQuery(regionId, instanceId));
  const category = (value: string) => (i18n.exists(`images.diskCategory.${value}`) ? t(`images.diskCategory.${value}`) : value);
  return (
    <Section id="instance-disks-title" title={t('launch.detail.disksTitle')}>
      {query.isError ? <ErrorAlert error={query.error} title={t('launch.detail.disksLoadError')} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? (
        <LoadingLine label={t('launch.detail.disksLoading')} />
      ) : (
        <Table size="small" aria-label={t('launch.detail.disksTableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('launch.detail.diskColumns.diskId')}</TableCell>
              <TableCell>{t('launch.detail.diskColumns.type')}</TableCell>
              <TableCell>{t('launch.detail.diskColumns.category')}</TableCell>
              <TableCell align="right">{t('launch.detail.diskColumns.size')}</TableCell>
              <TableCell>{t('launch.detail.diskColumns.device')}</TableCell>
              <TableCell>{t('launch.detail.diskColumns.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(query.data?.disks.length ?? 0) === 0 ? (
              <TableRow>
                <TableCell colSpan={6}>{t('launch.detail.disksNone')}</TableCell>
              </TableRow>
            ) : null}
            {[...(query.data?.disks ?? [])].sort(byAttachOrder).map((disk) => (
              <TableRow key={disk.diskId}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{disk.diskId}</TableCell>
                <TableCell>{t(`launch.detail.diskType.${disk.type}`)}</TableCell>
                <TableCell>{category(disk.category)}</TableCell>
                <TableCell align="right">{disk.sizeGiB}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{disk.device || '-'}</TableCell>
                <TableCell>{disk.status}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
