import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';

export const imagesPath = (regionId: string) => `/regions/${encodeURIComponent(regionId)}/images`;

/** Images > <this image>: the way back to the list. */
export function ImageBreadcrumbs({ regionId, current }: { regionId: string; current: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs aria-label={t('images.detail.breadcrumbLabel')}>
      <Link component={RouterLink} to={imagesPath(regionId)} underline="hover">
        {t('images.page.title')}
      </Link>
      <Typography color="text.primary" aria-current="page">
        {current}
      </Typography>
    </Breadcrumbs>
  );
}
