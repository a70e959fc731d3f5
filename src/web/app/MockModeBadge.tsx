import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { useMetaQuery } from '../features/meta/api';

/** "Emulator" in the top bar when the BFF talks to the ECS emulator, so nobody mistakes it for their cloud. */
export function MockModeBadge() {
  const { t } = useTranslation();
  const { data } = useMetaQuery();
  if (data?.mode !== 'mock') return null;
  return (
    <Tooltip title={t('app.mockBadgeHint')} describeChild>
      <Chip
        label={t('app.mockBadge')}
        size="small"
        tabIndex={0}
        sx={{ bgcolor: '#fff3e0', color: '#7a3300', fontWeight: 600 }}
      />
    </Tooltip>
  );
}
