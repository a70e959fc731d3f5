import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../contract';
import { isTerminalImageStatus } from '../../../ui/status';
import { ProgressBar } from './ProgressBar';

/** A bar while the image is being made; afterwards only the figure ("100%" once Available). */
export function ImageProgress({ image }: { image: Pick<Image, 'imageId' | 'status' | 'progress'> }) {
  const { t } = useTranslation();
  if (!isTerminalImageStatus(image.status)) {
    return <ProgressBar value={image.progress} label={t('images.progress.imageLabel', { id: image.imageId })} />;
  }
  const percent = image.status === 'Available' ? 100 : Math.round(image.progress);
  return (
    <Typography variant="body2" component="span">
      {percent}%
    </Typography>
  );
}
