import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Region } from '../../contract';
import { findRegion } from '../features/regions/api';
import { DEFAULT_REGION_ID, rememberedRegionId } from '../features/regions/rememberedRegion';

/** A region ID in the URL that ECS does not know: say so, and offer a real region instead. */
export function UnknownRegion({ regionId, regions }: { regionId: string; regions: readonly Region[] }) {
  const { t } = useTranslation();
  const fallback =
    findRegion(regions, rememberedRegionId()) ?? findRegion(regions, DEFAULT_REGION_ID) ?? regions[0];
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>
        <Typography component="h1" variant="h6">
          {t('shell.unknownRegion.title')}
        </Typography>
      </AlertTitle>
      <Typography variant="body2">{t('shell.unknownRegion.message', { regionId })}</Typography>
      {fallback ? (
        <Link component={RouterLink} to={`/regions/${encodeURIComponent(fallback.regionId)}/instances`} sx={{ display: 'inline-block', mt: 1 }}>
          {t('shell.unknownRegion.goTo', { region: fallback.localName || fallback.regionId })}
        </Link>
      ) : null}
    </Alert>
  );
}
