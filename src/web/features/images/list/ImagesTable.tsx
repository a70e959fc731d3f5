import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Image } from '../../../../contract';
import { StatusIndicator } from '../../../ui/StatusIndicator';
import { imageStatusTable } from '../../../ui/status';
import { describeDisks, formatDateTime } from '../shared/format';
import { ImageProgress } from '../shared/ImageProgress';
import { useImageActionDialogs } from '../actions/useImageActionDialogs';
import { ImageRowActions } from './ImageRowActions';

export const imagePath = (regionId: string, imageId: string) =>
  `/regions/${encodeURIComponent(regionId)}/images/${encodeURIComponent(imageId)}`;

/** The custom images of one page: ID (a link to its detail) over name, status, progress, time, disks. */
export function ImagesTable({ regionId, images }: { regionId: string; images: readonly Image[] }) {
  const { t } = useTranslation();
  const actions = useImageActionDialogs({ regionId });
  return (
    <>
      <Table size="small" aria-label={t('images.list.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('images.list.columns.idName')}</TableCell>
            <TableCell>{t('images.list.columns.status')}</TableCell>
            <TableCell>{t('images.list.columns.progress')}</TableCell>
            <TableCell>{t('images.list.columns.creationTime')}</TableCell>
            <TableCell>{t('images.list.columns.disks')}</TableCell>
            <TableCell>{t('imageActions.columnTitle')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {images.map((image) => (
            <TableRow key={image.imageId} hover>
              <TableCell>
                <Link component={RouterLink} to={imagePath(regionId, image.imageId)} sx={{ fontFamily: 'monospace' }}>
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
                <ImageProgress image={image} />
              </TableCell>
              <TableCell>
                <time dateTime={image.creationTime}>{formatDateTime(image.creationTime)}</time>
              </TableCell>
              <TableCell>{describeDisks(t, image.diskDeviceMappings)}</TableCell>
              <TableCell>
                <ImageRowActions image={image} onExport={actions.openExport} onDelete={actions.openDelete} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {actions.dialogs}
    </>
  );
}
