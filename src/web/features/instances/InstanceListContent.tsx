import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImageBuild, InstanceList } from '../../../contract';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { InstanceTable } from './InstanceTable';

/** Loading, error, empty, no-match and the table: one at a time, each with its own words. */
export function InstanceListContent({
  regionId,
  regionName,
  list,
  builds,
  filtered,
  onClearFilters,
}: {
  regionId: string;
  regionName: string;
  list: UseQueryResult<InstanceList>;
  builds: readonly ImageBuild[];
  filtered: boolean;
  onClearFilters: () => void;
}) {
  const { t } = useTranslation();
  const retry = () => void list.refetch();

  if (list.isPending) {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', py: 6 }}>
        <CircularProgress aria-label={t('instances.loading')} />
      </Box>
    );
  }
  if (list.isError && !list.data) {
    return <ErrorAlert error={list.error} title={t('instances.loadError')} onRetry={retry} />;
  }
  const { instances } = list.data;
  return (
    <>
      {/* A failed background refresh keeps the last rows visible under the error. */}
      {list.isError ? <ErrorAlert error={list.error} title={t('instances.loadError')} onRetry={retry} /> : null}
      {list.isPlaceholderData ? <LinearProgress aria-label={t('instances.updating')} /> : null}
      {instances.length === 0 && filtered ? (
        <EmptyState
          title={t('instances.noMatch.title')}
          description={t('instances.noMatch.description')}
          action={
            <Button variant="outlined" onClick={onClearFilters}>
              {t('instances.noMatch.clear')}
            </Button>
          }
        />
      ) : instances.length === 0 ? (
        <EmptyState title={t('instances.empty.title', { region: regionName })} description={t('instances.empty.description')} />
      ) : (
        <InstanceTable regionId={regionId} instances={instances} builds={builds} now={Date.now()} />
      )}
    </>
  );
}
