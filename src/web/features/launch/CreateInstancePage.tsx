import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { Image } from '../../../contract';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { imageDetailQuery } from '../images/api';
import { networkQuery, zonesQuery } from './api';
import { LaunchForm } from './LaunchForm';
import { imageDetailPath } from './paths';

function Loading({ label }: { label: string }) {
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 4 }}>
      <CircularProgress size={20} aria-hidden />
      <Typography variant="body2">{label}</Typography>
    </Box>
  );
}

function ImageFacts({ image }: { image: Image }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('launch.image.id'), image.imageId],
    [t('launch.image.name'), image.imageName],
    [t('launch.image.os'), image.osName],
    [t('launch.image.size'), t('launch.image.sizeGiB', { size: image.sizeGiB })],
  ];
  return (
    <Paper variant="outlined" component="section" aria-labelledby="launch-image" sx={{ p: 2 }}>
      <Typography id="launch-image" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('launch.page.imageTitle')}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
        {facts.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">{label}</Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>{value}</Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}

/** /regions/:regionId/images/:imageId/create-instance: RunInstances from one custom image. */
export function CreateInstancePage() {
  const { t } = useTranslation();
  const { regionId = '', imageId = '' } = useParams();
  const image = useQuery({ ...imageDetailQuery(regionId, imageId), refetchInterval: false });
  const zones = useQuery(zonesQuery(regionId));
  const network = useQuery(networkQuery(regionId));
  const imagePath = imageDetailPath(regionId, imageId);

  const options = [zones, network];
  const optionsError = options.find((query) => query.isError);
  let body;
  if (image.isPending) body = <Loading label={t('launch.page.loading')} />;
  else if (image.isError) body = <ErrorAlert error={image.error} title={t('launch.page.loadError')} onRetry={() => void image.refetch()} />;
  else if (image.data.status !== 'Available') {
    body = (
      <Alert severity="warning">
        <AlertTitle>{t('launch.page.notAvailableTitle')}</AlertTitle>
        {t('launch.button.notAvailable')}
      </Alert>
    );
  } else if (optionsError?.isError) {
    body = <ErrorAlert error={optionsError.error} title={t('launch.page.optionsLoadError')} onRetry={() => options.forEach((q) => void q.refetch())} />;
  } else if (!zones.data || !network.data) body = <Loading label={t('launch.page.optionsLoading')} />;
  else {
    // Only zones with a vSwitch can host the instance: ECS needs a vSwitch in the instance's zone.
    const vSwitchZones = new Set(network.data.vSwitches.map((v) => v.zoneId));
    const usableZones = zones.data.zones.filter((zone) => vSwitchZones.has(zone.zoneId));
    body = <LaunchForm regionId={regionId} image={image.data} zones={usableZones} network={network.data} />;
  }

  return (
    <Stack spacing={2}>
      <Breadcrumbs aria-label={t('launch.page.breadcrumbLabel')}>
        <Link component={RouterLink} to={`/regions/${encodeURIComponent(regionId)}/images`} underline="hover">
          {t('launch.page.images')}
        </Link>
        <Link component={RouterLink} to={imagePath} underline="hover">
          {image.data?.imageName || imageId}
        </Link>
        <Typography color="text.primary" aria-current="page">
          {t('launch.page.title')}
        </Typography>
      </Breadcrumbs>
      <Typography variant="h5" component="h1">
        {t('launch.page.title')}
      </Typography>
      {image.data ? <ImageFacts image={image.data} /> : null}
      {body}
    </Stack>
  );
}
