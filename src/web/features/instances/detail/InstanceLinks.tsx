import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Instance } from '../../../../contract';
import { instancePath } from './api';

/** "Manage" in the row's actions: the instance's detail page. */
export function ManageInstanceLink({ regionId, instance }: { regionId: string; instance: Instance }) {
  const { t } = useTranslation();
  return (
    <Link
      component={RouterLink}
      to={instancePath(regionId, instance.instanceId)}
      variant="body2"
      aria-label={`${t('launch.menu.manage')} ${instance.instanceName || instance.instanceId}`}
      sx={{ mr: 1 }}
    >
      {t('launch.menu.manage')}
    </Link>
  );
}
