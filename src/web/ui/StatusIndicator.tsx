import Box from '@mui/material/Box';
import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import Warning from '@mui/icons-material/Warning';
import Info from '@mui/icons-material/Info';
import StopCircle from '@mui/icons-material/StopCircle';
import HourglassTop from '@mui/icons-material/HourglassTop';
import { useTranslation } from 'react-i18next';
import type { StatusEntry, StatusTone } from './status';

const toneStyle: Record<StatusTone, { color: string; Icon: typeof CheckCircle }> = {
  success: { color: 'success.main', Icon: CheckCircle },
  error: { color: 'error.main', Icon: ErrorIcon },
  warning: { color: 'warning.dark', Icon: Warning },
  info: { color: 'info.main', Icon: Info },
  stopped: { color: 'text.secondary', Icon: StopCircle },
  pending: { color: 'info.main', Icon: HourglassTop },
};

/** Icon + label (+ optional suffix such as "45%"): colour is never the only signal. */
export function StatusIndicator({ entry, suffix }: { entry: StatusEntry; suffix?: string }) {
  const { t } = useTranslation();
  const { color, Icon } = toneStyle[entry.tone];
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color }}>
      <Icon fontSize="small" aria-hidden />
      <Box component="span" sx={{ color: 'text.primary' }}>
        {t(entry.labelKey)}
        {suffix ? ` ${suffix}` : ''}
      </Box>
    </Box>
  );
}
