import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioNames, type ScenarioName } from '../../../contract';
import { useChooseScenario, useResetDemo, useScenarioQuery } from './api';
import { PaceControls } from './PaceControls';

type Outcome = { kind: 'done'; message: string } | { kind: 'failed'; message: string } | undefined;

/** The panel's content: which scenario, how fast, and back to the start. */
export function DemoPanel({ titleId }: { titleId: string }) {
  const { t } = useTranslation();
  const scenario = useScenarioQuery(true);
  const choose = useChooseScenario();
  const reset = useResetDemo();
  const [outcome, setOutcome] = useState<Outcome>();
  const current = (choose.isPending ? choose.variables : undefined) ?? scenario.data?.current ?? 'demo';
  const failed = (error: Error) => setOutcome({ kind: 'failed', message: t('demo.failed', { message: error.message }) });

  const onScenario = (name: ScenarioName) => {
    setOutcome(undefined);
    choose.mutate(name, {
      onSuccess: () => setOutcome({ kind: 'done', message: t('demo.scenario.changed', { name: t(`demo.scenario.names.${name}`) }) }),
      onError: failed,
    });
  };
  const onReset = () => {
    setOutcome(undefined);
    reset.mutate(undefined, { onSuccess: () => setOutcome({ kind: 'done', message: t('demo.resetDone') }), onError: failed });
  };

  return (
    <Stack spacing={2}>
      <Typography id={titleId} variant="h6" component="h2">
        {t('demo.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('demo.intro')}
      </Typography>
      <TextField
        select
        size="small"
        label={t('demo.scenario.label')}
        value={current}
        disabled={choose.isPending || reset.isPending}
        onChange={(event) => onScenario(event.target.value as ScenarioName)}
        helperText={t(`demo.scenario.descriptions.${current}`)}
      >
        {scenarioNames.map((name) => (
          <MenuItem key={name} value={name}>
            {t(`demo.scenario.names.${name}`)}
          </MenuItem>
        ))}
      </TextField>
      <PaceControls onFailed={failed} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" color="warning" onClick={onReset} disabled={reset.isPending}>
          {t('demo.reset')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {t('demo.resetHint')}
        </Typography>
      </Stack>
      <div role="status" aria-live="polite">
        {outcome && <Alert severity={outcome.kind === 'done' ? 'success' : 'error'}>{outcome.message}</Alert>}
      </div>
    </Stack>
  );
}
