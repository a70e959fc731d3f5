import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SnapshotPage, SnapshotRow } from '../../../contract';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SnapshotsTable } from './SnapshotsTable';

interface Props {
  regionId: string;
  regionName: string;
  list: UseQueryResult<SnapshotPage>;
  page: number;
  filtered: boolean;
  onClearFilters: () => void;
  onFirstPage: () => void;
  onCreateImage: (snapshot: SnapshotRow) => void;
}

/** Loading, error, empty (nothing in the region), no-match (filters hide everything), past the end, or the table. */
export function SnapshotListContent({ regionId, regionName, list, page, filtered, onClearFilters, onFirstPage, onCreateImage }: Props) {
  const { t } = useTranslation();
  if (list.isPending) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 1, py: 6 }}>
        <CircularProgress size={20} aria-hidden />
        <Typography variant="body2">{t('snapshots.list.loading')}</Typography>
      </Box>
    );
  }
  const error = list.isError ? (
    <Box sx={{ p: 2 }}>
      <ErrorAlert error={list.error} title={t('snapshots.list.loadError')} onRetry={() => void list.refetch()} />
    </Box>
  ) : null;
  if (!list.data) return error;

  const { snapshots } = list.data;
  if (snapshots.length > 0) {
    return (
      <>
        {error}
        <SnapshotsTable regionId={regionId} snapshots={snapshots} onCreateImage={onCreateImage} />
      </>
    );
  }
  let empty;
  if (page > 1) {
    // A later page emptied since (snapshots deleted): offer the way back.
    empty = (
      <EmptyState title={t('snapshots.list.pastEndTitle')} action={<Button onClick={onFirstPage}>{t('snapshots.list.firstPage')}</Button>} />
    );
  } else if (filtered) {
    empty = (
      <EmptyState
        title={t('snapshots.list.noMatchTitle')}
        description={t('snapshots.list.noMatchDescription')}
        action={<Button onClick={onClearFilters}>{t('snapshots.list.clearFilters')}</Button>}
      />
    );
  } else {
    empty = <EmptyState title={t('snapshots.list.emptyTitle', { region: regionName })} description={t('snapshots.list.emptyDescription')} />;
  }
  return (
    <>
      {error}
      {empty}
    </>
  );
}
