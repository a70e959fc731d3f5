import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { InstanceStatus } from '../../../../contract';

const considerationKeys = ['confidential', 'keepState', 'dataDisks'] as const;

/** The ECS documentation's considerations, where the decision is made; plus a hint when Running. */
export function Considerations({ instanceStatus }: { instanceStatus: InstanceStatus }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Alert severity="info" role="note">
        <AlertTitle>{t('images.create.considerationsTitle')}</AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {considerationKeys.map((key) => (
            <li key={key}>{t(`images.create.considerations.${key}`)}</li>
          ))}
        </Box>
      </Alert>
      {instanceStatus === 'Running' ? (
        <Alert severity="warning" role="note">
          {t('images.create.stopFirstHint')}
        </Alert>
      ) : null}
    </Box>
  );
}
