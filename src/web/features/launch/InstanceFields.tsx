import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkOptions } from '../../../contract';
import { NumberField, SelectField, useHelperText } from './FormFields';
import type { Credential } from './launchRules';
import type { LaunchForm } from './useLaunchForm';

/** Instance name, logon credentials (password twice, or a key pair) and how many to create. */
export function InstanceFields({ form, network, windows }: { form: LaunchForm; network: NetworkOptions; windows: boolean }) {
  const { t } = useTranslation();
  const helper = useHelperText();
  const credentialLabelId = useId();
  const { values } = form;
  const nameProblem = form.problem('instanceName');
  const passwordProblem = form.problem('password');
  const confirmProblem = form.problem('confirmPassword');

  return (
    <Stack spacing={2}>
      <TextField
        size="small"
        label={t('launch.fields.instanceName')}
        value={values.instanceName}
        onChange={(event) => form.set('instanceName', event.target.value)}
        error={nameProblem !== undefined}
        helperText={helper(nameProblem, t('launch.fields.instanceNameHint'))}
      />
      <FormControl>
        <FormLabel id={credentialLabelId}>{t('launch.fields.logonCredentials')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby={credentialLabelId}
          value={values.credential}
          onChange={(event) => form.set('credential', event.target.value as Credential)}
        >
          <FormControlLabel value="password" control={<Radio />} label={t('launch.fields.password')} />
          {/* ECS logs on to Windows with a password only. */}
          <FormControlLabel value="keyPair" control={<Radio />} label={t('launch.fields.keyPair')} disabled={windows} />
        </RadioGroup>
      </FormControl>
      {values.credential === 'password' ? (
        <>
          <TextField
            size="small"
            type="password"
            autoComplete="new-password"
            label={t('launch.fields.logonPassword')}
            value={values.password}
            onChange={(event) => form.set('password', event.target.value)}
            error={passwordProblem !== undefined}
            helperText={helper(passwordProblem, t('launch.fields.passwordHint'))}
          />
          <TextField
            size="small"
            type="password"
            autoComplete="new-password"
            label={t('launch.fields.confirmPassword')}
            value={values.confirmPassword}
            onChange={(event) => form.set('confirmPassword', event.target.value)}
            error={confirmProblem !== undefined}
            helperText={helper(confirmProblem)}
          />
        </>
      ) : (
        <SelectField
          label={t('launch.fields.keyPair')}
          value={values.keyPairName}
          options={network.keyPairs.map((pair) => ({ value: pair.keyPairName, label: pair.keyPairName }))}
          onChange={(value) => form.set('keyPairName', value)}
          problem={form.problem('keyPairName')}
        />
      )}
      <NumberField
        label={t('launch.fields.amount')}
        value={values.amount}
        min={1}
        max={100}
        onChange={(value) => form.set('amount', value)}
        problem={form.problem('amount')}
        hint={t('launch.fields.amountHint')}
      />
    </Stack>
  );
}
