import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { SnapshotRow } from '../../../contract';
import { ListPageHeader } from '../../ui/ListPageHeader';
import { InstancePager } from '../instances/InstancePager';
import { usePageTokens } from '../instances/usePageTokens';
import { useRegionName } from '../regions/api';
import { snapshotListQuery } from './api';
import { CreateImageFromSnapshotDialog } from './create/CreateImageFromSnapshotDialog';
import { hasSnapshotFilters, NO_SNAPSHOT_FILTERS, toSnapshotQuery, useSnapshotFilters, writeSnapshotFilters } from './listFilters';
import { SnapshotFiltersBar } from './SnapshotFiltersBar';
import { SnapshotListContent } from './SnapshotListContent';

/**
 * /regions/:regionId/snapshots: the region's snapshots, filtered as the URL says and paged on the
 * server with ECS's NextToken. The list polls only while a snapshot is still progressing.
 */
export function SnapshotsPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const regionName = useRegionName(regionId);
  const [filters, setFilters] = useSnapshotFilters();
  const appliedSearch = writeSnapshotFilters(filters).toString();
  // Bumping the generation resets the token stack: "Go to the first page" from a page emptied since.
  const [generation, setGeneration] = useState(0);
  const pages = usePageTokens(`${regionId}?${appliedSearch}#${generation}`);
  const list = useQuery({
    ...snapshotListQuery(regionId, toSnapshotQuery(filters, pages.token)),
    // Keep the rows on screen while the next page or filter loads, but never another region's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === regionId ? previous : undefined),
  });
  const [creatingFrom, setCreatingFrom] = useState<SnapshotRow | null>(null);

  const nextToken = list.data?.nextToken ?? null;
  const showPager = list.data !== undefined && (list.data.snapshots.length > 0 || pages.page > 1);

  return (
    <Stack spacing={2}>
      <ListPageHeader title={t('snapshots.page.title')} updatedAt={list.dataUpdatedAt} onRefresh={() => void list.refetch()} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        {/* Remounted when the applied IDs change elsewhere (Clear filters, Back, a link). */}
        <SnapshotFiltersBar key={`${regionId}|${filters.instanceId}|${filters.diskId}`} filters={filters} onApply={setFilters} />
      </Paper>
      <Paper variant="outlined">
        <SnapshotListContent
          regionId={regionId}
          regionName={regionName}
          list={list}
          page={pages.page}
          filtered={hasSnapshotFilters(filters)}
          onClearFilters={() => setFilters(NO_SNAPSHOT_FILTERS)}
          onFirstPage={() => setGeneration((count) => count + 1)}
          onCreateImage={setCreatingFrom}
        />
        {showPager && list.data ? (
          <InstancePager
            page={pages.page}
            totalCount={list.data.totalCount}
            pageSize={filters.pageSize}
            hasNext={nextToken !== null && !list.isPlaceholderData}
            onPrevious={pages.previous}
            onNext={() => nextToken && pages.next(nextToken)}
            onPageSizeChange={(pageSize) => setFilters({ pageSize })}
          />
        ) : null}
      </Paper>
      {creatingFrom ? (
        <CreateImageFromSnapshotDialog regionId={regionId} snapshot={creatingFrom} onClose={() => setCreatingFrom(null)} />
      ) : null}
    </Stack>
  );
}
