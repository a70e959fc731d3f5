import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusIndicator } from '../../../ui/StatusIndicator';
import { imageStatusTable } from '../../../ui/status';
import { formatDateTime } from '../instanceFormat';
import { imagesFromInstanceQuery } from './api';
import { LoadingLine, Section } from './Section';

/** The custom images made from this instance, each linking to its detail page. */
export function ImagesFromInstance({ regionId, instanceId }: { regionId: string; instanceId: string }) {
  const { t } = useTranslation();
  const query = useQuery(imagesFromInstanceQuery(regionId, instanceId));
  const images = query.data?.images ?? [];
  return (
    <Section id="instance-images-title" title={t('launch.detail.imagesTitle')}>
      {query.isError ? <ErrorAlert error={query.error} title={t('launch.detail.imagesLoadError')} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <LoadingLine label={t('launch.detail.imagesLoading')} /> : null}
      {query.isSuccess && images.length === 0 ? <Typography variant="body2">{t('launch.detail.imagesNone')}</Typography> : null}
      {images.length > 0 ? (
        <Table size="small" aria-label={t('launch.detail.imagesTableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('launch.detail.imageColumns.idName')}</TableCell>
              <TableCell>{t('launch.detail.imageColumns.status')}</TableCell>
              <TableCell>{t('launch.detail.imageColumns.creationTime')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {images.map((image) => (
              <TableRow key={image.imageId}>
                <TableCell>
                  <Link
                    component={RouterLink}
                    to={`/regions/${encodeURIComponent(regionId)}/images/${encodeURIComponent(image.imageId)}`}
                    sx={{ fontFamily: 'monospace' }}
                  >
                    {image.imageId}
                  </Link>
                  <Typography variant="body2" color="text.secondary">
                    {image.imageName}
                  </Typography>
                </TableCell>
                <TableCell>
                  <StatusIndicator entry={imageStatusTable[image.status]} />
                </TableCell>
                <TableCell>
                  <time dateTime={image.creationTime}>{formatDateTime(image.creationTime)}</time>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Section>
  );
}
