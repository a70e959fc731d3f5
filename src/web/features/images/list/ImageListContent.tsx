import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { PAGE_SIZES, type ImageList } from '../../../../contract';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { ImageListParams } from '../api';
import { ImagesTable } from './ImagesTable';
import { hasImageFilters } from './useImageListParams';

interface Props {
  regionId: string;
  regionName: string;
  params: ImageListParams;
  list: UseQueryResult<ImageList>;
  onChange: (patch: Partial<ImageListParams>) => void;
}

/** Loading, error, empty (nothing in the region), no-match (filters hide everything), or the table. */
export function ImageListContent({ regionId, regionName, params, list, onChange }: Props) {
  const { t } = useTranslation();
  if (list.isPending) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 1, py: 6 }}>
        <CircularProgress size={20} aria-hidden />
        <Typography variant="body2">{t('images.list.loading')}</Typography>
      </Box>
    );
  }
  const refreshError = list.isError ? (
    <Box sx={{ p: 2 }}>
      <ErrorAlert error={list.error} title={t('images.list.loadError')} onRetry={() => void list.refetch()} />
    </Box>
  ) : null;
  if (!list.data) return refreshError;

  const { images, totalCount } = list.data;
  if (images.length === 0 && params.pageNumber > 1) {
    // A link to a page past the end (images were deleted since): offer the way back.
    return (
      <>
        {refreshError}
        <EmptyState
          title={t('images.list.pastEndTitle')}
          action={<Button onClick={() => onChange({ pageNumber: 1 })}>{t('images.list.firstPage')}</Button>}
        />
      </>
    );
  }
  if (images.length === 0) {
    return (
      <>
        {refreshError}
        {hasImageFilters(params) ? (
          <EmptyState
            title={t('images.list.noMatchTitle')}
            description={t('images.list.noMatchDescription')}
            action={<Button onClick={() => onChange({ name: '', status: 'All' })}>{t('images.list.clearFilters')}</Button>}
          />
        ) : (
          <EmptyState
            title={t('images.list.emptyTitle', { region: regionName })}
            description={t('images.list.emptyDescription')}
            action={
              <Button component={RouterLink} to={`/regions/${encodeURIComponent(regionId)}/instances`}>
                {t('images.list.goToInstances')}
              </Button>
            }
          />
        )}
      </>
    );
  }
  return (
    <>
      {refreshError}
      <ImagesTable regionId={regionId} images={images} />
      <TablePagination
        component="div"
        count={totalCount}
        page={params.pageNumber - 1}
        rowsPerPage={params.pageSize}
        rowsPerPageOptions={[...PAGE_SIZES]}
        labelRowsPerPage={t('images.list.pageSize')}
        onPageChange={(_event, page) => onChange({ pageNumber: page + 1 })}
        onRowsPerPageChange={(event) => onChange({ pageSize: Number(event.target.value) })}
      />
    </>
  );
}
