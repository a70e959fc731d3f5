import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ListPageHeader } from '../../ui/ListPageHeader';
import { useRegionName } from '../regions/api';
import { runningBuilds, useImageBuildsQuery, useInstanceListQuery } from './api';
import { InstanceListContent } from './InstanceListContent';
import { InstancePager } from './InstancePager';
import { InstanceSearchBar } from './InstanceSearchBar';
import { hasActiveFilters, toListQuery, useInstanceFilters, writeFilters } from './listFilters';
import { usePageTokens } from './usePageTokens';

/** /regions/:regionId/instances: the region's instances, filtered and paged as the URL says. */
export function InstancesPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const regionName = useRegionName(regionId);
  const [filters, setFilters] = useInstanceFilters();
  const appliedSearch = writeFilters(filters).toString();
  const pages = usePageTokens(`${regionId}?${appliedSearch}`);
  const buildsQuery = useImageBuildsQuery(regionId);
  const builds = runningBuilds(buildsQuery.data);
  const list = useInstanceListQuery(regionId, toListQuery(filters, pages.token), builds.length > 0);

  const refresh = () => {
    void list.refetch();
    void buildsQuery.refetch();
  };
  const nextToken = list.data?.nextToken ?? null;
  const showPager = list.data !== undefined && (list.data.instances.length > 0 || pages.page > 1);

  return (
    <Stack spacing={2}>
      <ListPageHeader title={t('instances.title')} updatedAt={list.dataUpdatedAt} onRefresh={refresh} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        {/* Remounted when the applied search changes elsewhere (Clear filters, Back), not on a status change. */}
        <InstanceSearchBar key={`${regionId}|${filters.field}|${filters.text}`} filters={filters} onApply={setFilters} />
      </Paper>
      <Paper variant="outlined">
        <InstanceListContent
          regionId={regionId}
          regionName={regionName}
          list={list}
          builds={builds}
          filtered={hasActiveFilters(filters)}
          onClearFilters={() => setFilters({ text: '', status: undefined })}
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
    </Stack>
  );
}
