import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DiskList, Instance } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingLine } from '../detail/Section';

/** The disk about to be replaced: its ID (which will change), category, size and image. */
export function CurrentSystemDisk({ instance, disks }: { instance: Instance; disks: UseQueryResult<DiskList> }) {
  const { t } = useTranslation();
  if (disks.isPending) return <LoadingLine label={t('launch.replace.diskLoading')} />;
  if (disks.isError) return <ErrorAlert error={disks.error} title={t('launch.replace.diskLoadError')} onRetry={() => void disks.refetch()} />;
  const system = disks.data.disks.find((disk) => disk.type === 'system');
  const facts: [string, string][] = [
    [t('instances.confirm.instanceId'), instance.instanceId],
    [t('instances.confirm.instanceName'), instance.instanceName],
    [t('launch.replace.diskId'), system?.diskId ?? '-'],
    [t('launch.replace.category'), system?.category ?? '-'],
    [t('launch.replace.size'), system ? t('launch.replace.sizeGiB', { size: system.sizeGiB }) : '-'],
    [t('launch.replace.currentImage'), instance.imageId],
  ];
  return (
    <Box component="section" aria-labelledby="replace-current-title">
      <Typography id="replace-current-title" variant="subtitle1" component="h3" sx={{ mb: 1 }}>
        {t('launch.replace.currentTitle')}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {facts.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">{label}</Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{value}</Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
