import Box from '@mui/material/Box';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router-dom';
import { ImageNotificationsProvider } from '../features/images/notifications/ImageNotificationsProvider';
import { findRegion, useRegionsQuery } from '../features/regions/api';
import { rememberRegionId } from '../features/regions/rememberedRegion';
import { ErrorAlert } from '../ui/ErrorAlert';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';
import { UnknownRegion } from './UnknownRegion';

/**
 * The shell around every /regions/:regionId page. The notifications provider sits inside the
 * router (its notifications link to images) and around every page, so a notification follows the
 * user wherever they go. The page renders while the regions load; only a region ECS does not
 * know replaces it.
 */
export function Layout() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const regions = useRegionsQuery();
  const unknown = regions.data !== undefined && findRegion(regions.data.regions, regionId) === undefined;

  useEffect(() => {
    // A region reached by a link is remembered too, so `/` reopens where the user was.
    if (regions.data && !unknown) rememberRegionId(regionId);
  }, [regions.data, unknown, regionId]);

  return (
    <ImageNotificationsProvider>
      <SkipLink />
      <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100vh' }}>
        <TopBar regionId={regionId} />
        <Box sx={{ display: 'flex', flexGrow: 1 }}>
          <SideNav regionId={regionId} />
          <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, p: 3, outline: 'none' }}>
            {regions.isError ? (
              <Box sx={{ mb: 2 }}>
                <ErrorAlert error={regions.error} title={t('shell.region.loadError')} onRetry={() => void regions.refetch()} />
              </Box>
            ) : null}
            {unknown ? <UnknownRegion regionId={regionId} regions={regions.data.regions} /> : <Outlet />}
          </Box>
        </Box>
      </Box>
    </ImageNotificationsProvider>
  );
}
