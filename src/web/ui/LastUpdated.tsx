import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** "Last updated 14:02:31" beside a manual Refresh button; hidden until data has arrived once. */
export function LastUpdated({ at }: { at: number }) {
  const { t } = useTranslation();
  if (!at) return null;
  const time = new Date(at).toLocaleTimeString(undefined, { hour12: false });
  return (
    <Typography variant="body2" color="text.secondary" aria-live="polite">
      {t('time.lastUpdated', { time })}
    </Typography>
  );
}
