import Refresh from '@mui/icons-material/Refresh';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { ApiError } from '../../../api/http';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LastUpdated } from '../../../ui/LastUpdated';
import { useRegionName } from '../../regions/api';
import { runningBuilds, useImageBuildsQuery } from '../api';
import { InstanceActionsMenu } from '../InstanceActionsMenu';
import { instanceDetailQuery } from './api';
import { ImagesFromInstance } from './ImagesFromInstance';
import { InstanceDisks } from './InstanceDisks';
import { InstanceSummary } from './InstanceSummary';
import { LoadingLine, Section } from './Section';

function InstanceBreadcrumbs({ regionId, current }: { regionId: string; current: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs aria-label={t('launch.page.breadcrumbLabel')}>
      <Link component={RouterLink} to={`/regions/${encodeURIComponent(regionId)}/instances`} underline="hover">
        {t('instances.title')}
      </Link>
      <Typography color="text.primary" aria-current="page">
        {current}
      </Typography>
    </Breadcrumbs>
  );
}

/**
 * /regions/:regionId/instances/:instanceId: one instance, its disks, the images made from it, and
 * the same More actions as its row in the list.
 */
export function InstanceDetailPage() {
  const { t } = useTranslation();
  const { regionId = '', instanceId = '' } = useParams();
  const regionName = useRegionName(regionId);
  const query = useQuery(instanceDetailQuery(regionId, instanceId));
  const builds = useImageBuildsQuery(regionId);
  const build = runningBuilds(builds.data).find((b) => b.instanceId === instanceId);

  if (query.isPending || (query.isError && !query.data)) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Stack spacing={2}>
        <InstanceBreadcrumbs regionId={regionId} current={instanceId} />
        <Typography variant="h5" component="h1">
          {instanceId}
        </Typography>
        {query.isPending ? <LoadingLine label={t('launch.detail.loading')} /> : null}
        {notFound ? (
          <EmptyState
            title={t('launch.detail.notFoundTitle', { id: instanceId, region: regionName })}
            description={t('launch.detail.notFoundDescription')}
            action={
              <Button component={RouterLink} to={`/regions/${encodeURIComponent(regionId)}/instances`} variant="outlined">
                {t('launch.detail.backToInstances')}
              </Button>
            }
          />
        ) : query.isError ? (
          <ErrorAlert error={query.error} title={t('launch.detail.loadError')} onRetry={() => void query.refetch()} />
        ) : null}
      </Stack>
    );
  }

  const instance = query.data;
  const title = instance.instanceName || instance.instanceId;
  const refresh = () => void Promise.all([query.refetch(), builds.refetch()]);
  return (
    <Stack spacing={2}>
      <InstanceBreadcrumbs regionId={regionId} current={title} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1, overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        <LastUpdated at={query.dataUpdatedAt} />
        <Button variant="outlined" startIcon={<Refresh aria-hidden />} onClick={refresh}>
          {t('actions.refresh')}
        </Button>
        <InstanceActionsMenu regionId={regionId} instance={instance} build={build} now={Date.now()} />
      </Stack>
      {query.isError ? <ErrorAlert error={query.error} title={t('launch.detail.loadError')} onRetry={refresh} /> : null}
      <Section id="instance-summary-title" title={t('launch.detail.summaryTitle')}>
        <InstanceSummary instance={instance} now={Date.now()} />
      </Section>
      <InstanceDisks regionId={regionId} instanceId={instanceId} />
      <ImagesFromInstance regionId={regionId} instanceId={instanceId} />
    </Stack>
  );
}
