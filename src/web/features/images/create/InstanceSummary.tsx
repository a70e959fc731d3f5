import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../../../contract';
import { StatusIndicator } from '../../../ui/StatusIndicator';
import { instanceStatusTable } from '../../../ui/status';

/** Which instance the image is made from, so the user can be sure before clicking Create. */
export function InstanceSummary({ instance }: { instance: Instance }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('images.create.instanceId'), <Box component="span" sx={{ fontFamily: 'monospace' }}>{instance.instanceId}</Box>],
    [t('images.create.instanceName'), instance.instanceName],
    [t('images.create.instanceStatus'), <StatusIndicator entry={instanceStatusTable[instance.status]} />],
  ];
  return (
    <Box component="section" aria-labelledby="create-image-instance-title">
      <Typography id="create-image-instance-title" variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
        {t('images.create.instanceTitle')}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
