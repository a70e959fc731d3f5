import Alert, { type AlertColor } from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ImageStatus } from '../../../../contract';
import { ApiError } from '../../../api/http';
import { isTerminalImageStatus } from '../../../ui/status';
import { instanceKeys } from '../../instances/api';
import { imageDetailQuery, imageKeys } from '../api';
import type { TrackedImage } from './trackedImages';

type Outcome = 'creating' | 'available' | 'failed' | 'unavailable' | 'notFound';

function outcomeOf(status: ImageStatus | undefined, error: unknown): Outcome {
  if (error instanceof ApiError && error.status === 404) return 'notFound';
  if (!status || !isTerminalImageStatus(status)) return 'creating';
  if (status === 'Available') return 'available';
  return status === 'CreateFailed' ? 'failed' : 'unavailable';
}

const severityOf: Record<Outcome, AlertColor> = {
  creating: 'info',
  available: 'success',
  failed: 'error',
  unavailable: 'warning',
  notFound: 'warning',
};

/**
 * One image's notification: "Creating ... NN%" that turns into success or failure in place.
 * It shares the detail query (and its polling, which stops at a terminal status) with the
 * image's page, so both always show the same figure.
 */
export function ImageNotification({ image, onDismiss }: { image: TrackedImage; onDismiss: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data, error } = useQuery(imageDetailQuery(image.regionId, image.imageId));
  const outcome = outcomeOf(data?.status, error);
  const settled = outcome !== 'creating';

  // When the image is done, the instance row's "Creating image" and the lists are out of date.
  const refreshedOnSettle = useRef(false);
  useEffect(() => {
    if (!settled || refreshedOnSettle.current) return;
    refreshedOnSettle.current = true;
    void queryClient.invalidateQueries({ queryKey: instanceKeys.all(image.regionId) });
    void queryClient.invalidateQueries({ queryKey: imageKeys.lists(image.regionId) });
  }, [settled, queryClient, image.regionId]);

  const name = data?.imageName || image.imageName;
  const values = { name, id: image.imageId, progress: Math.round(data?.progress ?? 0) };
  return (
    <Alert
      severity={severityOf[outcome]}
      variant="filled"
      role="status"
      onClose={onDismiss}
      closeText={t('actions.close')}
      sx={{ boxShadow: 3 }}
    >
      <Typography variant="body2">{t(`images.notifications.${outcome}`, values)}</Typography>
      {outcome !== 'notFound' ? (
        <Link
          component={RouterLink}
          to={`/regions/${encodeURIComponent(image.regionId)}/images/${encodeURIComponent(image.imageId)}`}
          color="inherit"
          variant="body2"
          underline="always"
        >
          {t('images.notifications.viewImage')}
        </Link>
      ) : null}
    </Alert>
  );
}
