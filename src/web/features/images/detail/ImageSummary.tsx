import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../contract';
import { DescriptionList } from '../../../ui/DescriptionList';
import { StatusIndicator } from '../../../ui/StatusIndicator';
import { imageStatusTable } from '../../../ui/status';
import { formatDateTime } from '../shared/format';
import { ImageProgress } from '../shared/ImageProgress';

/** The image's facts as ECS reports them, as a description list. */
export function ImageSummary({ image }: { image: Image }) {
  const { t } = useTranslation();
  const none = <Typography component="span" variant="body2" color="text.secondary">{t('images.detail.none')}</Typography>;
  const text = (value: string) => (value ? value : none);
  const rows: [string, ReactNode][] = [
    ['imageId', <Box component="span" sx={{ fontFamily: 'monospace' }}>{image.imageId}</Box>],
    ['imageName', text(image.imageName)],
    ['description', text(image.description)],
    ['status', <StatusIndicator entry={imageStatusTable[image.status]} />],
    ['progress', <ImageProgress image={image} />],
    ['size', t('images.detail.sizeGiB', { size: image.sizeGiB })],
    ['osName', text(image.osName)],
    ['platform', text(image.platform)],
    ['architecture', text(image.architecture)],
    ['creationTime', <time dateTime={image.creationTime}>{formatDateTime(image.creationTime)}</time>],
    ['resourceGroup', text(image.resourceGroupId)],
    [
      'tags',
      image.tags.length === 0 ? none : (
        <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5 }}>
          {image.tags.map((tag) => (
            <Chip key={tag.key} size="small" variant="outlined" label={tag.value ? `${tag.key}: ${tag.value}` : tag.key} />
          ))}
        </Box>
      ),
    ],
  ];
  return <DescriptionList rows={rows.map(([field, value]) => [t(`images.detail.fields.${field}`), value] as const)} />;
}
