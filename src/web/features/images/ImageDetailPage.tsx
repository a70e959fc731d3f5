import Refresh from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { ApiError } from '../../api/http';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LastUpdated } from '../../ui/LastUpdated';
import { useRegionName } from '../regions/api';
import { imageDetailQuery } from './api';
import { DisksAndSnapshots } from './detail/DisksAndSnapshots';
import { ImageActions } from './detail/ImageActions';
import { ImageBreadcrumbs, imagesPath } from './detail/ImageBreadcrumbs';
import { ImageSummary } from './detail/ImageSummary';

/**
 * /regions/:regionId/images/:imageId: one image, its disks and their snapshots. It polls while
 * the image or a snapshot is still in progress, and stops at a terminal status.
 */
export function ImageDetailPage() {
  const { t } = useTranslation();
  const { regionId = '', imageId = '' } = useParams();
  const regionName = useRegionName(regionId);
  const query = useQuery(imageDetailQuery(regionId, imageId));

  if (query.isPending) {
    return (
      <Stack spacing={2}>
        <ImageBreadcrumbs regionId={regionId} current={imageId} />
        <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 4 }}>
          <CircularProgress size={20} aria-hidden />
          <Typography variant="body2">{t('images.detail.loading')}</Typography>
        </Box>
      </Stack>
    );
  }
  if (query.isError && !query.data) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Stack spacing={2}>
        <ImageBreadcrumbs regionId={regionId} current={imageId} />
        <Typography variant="h5" component="h1">
          {imageId}
        </Typography>
        {notFound ? (
          <EmptyState
            title={t('images.detail.notFoundTitle', { id: imageId, region: regionName })}
            description={t('images.detail.notFoundDescription')}
            action={
              <Button component={RouterLink} to={imagesPath(regionId)} variant="outlined">
                {t('images.detail.backToImages')}
              </Button>
            }
          />
        ) : (
          <ErrorAlert error={query.error} title={t('images.detail.loadError')} onRetry={() => void query.refetch()} />
        )}
      </Stack>
    );
  }

  const image = query.data;
  const title = image.imageName || image.imageId;
  return (
    <Stack spacing={2}>
      <ImageBreadcrumbs regionId={regionId} current={title} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1, overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        <LastUpdated at={query.dataUpdatedAt} />
        <Button variant="outlined" startIcon={<Refresh aria-hidden />} onClick={() => void query.refetch()}>
          {t('actions.refresh')}
        </Button>
      </Stack>
      <ImageActions regionId={regionId} image={image} />
      {query.isError ? (
        <ErrorAlert error={query.error} title={t('images.detail.loadError')} onRetry={() => void query.refetch()} />
      ) : null}
      {image.status === 'CreateFailed' ? (
        <Alert severity="error">
          <AlertTitle>{t('images.detail.failedTitle')}</AlertTitle>
          {t('images.detail.failedBody')}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="image-summary-title">
        <Typography id="image-summary-title" variant="h6" component="h2" sx={{ mb: 1.5 }}>
          {t('images.detail.summaryTitle')}
        </Typography>
        <ImageSummary image={image} />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <DisksAndSnapshots regionId={regionId} image={image} />
      </Paper>
    </Stack>
  );
}
