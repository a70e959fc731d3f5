import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useClockQuery, useSetPace } from './api';

/** The paces support offers: real time, and two speeds that make a minute-long image quick to show. */
export const DEMO_SPEEDS = [1, 5, 20] as const;

/** Pace: how fast emulated time runs (1x, 5x, 20x) and whether it is frozen. */
export function PaceControls({ onFailed }: { onFailed: (error: Error) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const clock = useClockQuery(true);
  const setPace = useSetPace();
  // While a change is on its way, show it; otherwise what the emulator says.
  const pending = setPace.isPending ? setPace.variables : undefined;
  const speed = pending?.speed ?? clock.data?.speed;
  const frozen = pending?.frozen ?? clock.data?.frozen ?? false;
  const change = (body: { speed?: number; frozen?: boolean }) => setPace.mutate(body, { onError: onFailed });

  return (
    <Stack spacing={1}>
      <Typography id={labelId} variant="subtitle2" component="p">
        {t('demo.pace.label')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          aria-labelledby={labelId}
          value={speed ?? null}
          onChange={(_event, value: number | null) => value !== null && change({ speed: value })}
        >
          {DEMO_SPEEDS.map((option) => (
            <ToggleButton key={option} value={option}>
              {t('demo.pace.speed', { speed: option })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <FormControlLabel
          control={<Switch checked={frozen} onChange={(event) => change({ frozen: event.target.checked })} />}
          label={t('demo.pace.freeze')}
        />
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {frozen ? t('demo.pace.frozen') : t('demo.pace.running', { speed: speed ?? 1 })}
      </Typography>
    </Stack>
  );
}
