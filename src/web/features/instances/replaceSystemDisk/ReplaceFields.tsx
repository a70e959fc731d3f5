import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { networkQuery } from '../../launch/api';
import { SYSTEM_DISK_MAX_GIB, type ReplaceField, type ReplaceValues } from './replaceRules';

/** The new system disk's size and how to log on to it (a new password or a key pair). */
export function ReplaceFields({
  regionId,
  values,
  windows,
  minGiB,
  problem,
  onChange,
}: {
  regionId: string;
  values: ReplaceValues;
  windows: boolean;
  minGiB: number;
  problem: (field: ReplaceField) => string | undefined;
  onChange: (field: ReplaceField | 'credential', value: string) => void;
}) {
  const { t } = useTranslation();
  const credentialLabelId = useId();
  // Key pairs are listed only when the user asks for one.
  const network = useQuery({ ...networkQuery(regionId), enabled: values.credential === 'keyPair' });
  const field = (name: ReplaceField) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
    error: problem(name) !== undefined,
    size: 'small' as const,
  });
  return (
    <Stack spacing={2}>
      <TextField
        {...field('size')}
        type="number"
        label={t('launch.fields.systemDiskSize')}
        helperText={problem('size') ?? t('launch.replace.systemDiskHint', { min: minGiB, max: SYSTEM_DISK_MAX_GIB })}
        slotProps={{ htmlInput: { min: minGiB, max: SYSTEM_DISK_MAX_GIB, step: 1, inputMode: 'numeric' } }}
      />
      <FormControl>
        <FormLabel id={credentialLabelId}>{t('launch.fields.logonCredentials')}</FormLabel>
        <RadioGroup row aria-labelledby={credentialLabelId} value={values.credential} onChange={(event) => onChange('credential', event.target.value)}>
          <FormControlLabel value="password" control={<Radio />} label={t('launch.fields.password')} />
          <FormControlLabel value="keyPair" control={<Radio />} label={t('launch.fields.keyPair')} disabled={windows} />
        </RadioGroup>
      </FormControl>
      {values.credential === 'password' ? (
        <>
          <TextField {...field('password')} type="password" autoComplete="new-password" label={t('launch.fields.logonPassword')} helperText={problem('password') ?? t('launch.fields.passwordHint')} />
          <TextField {...field('confirmPassword')} type="password" autoComplete="new-password" label={t('launch.fields.confirmPassword')} helperText={problem('confirmPassword')} />
        </>
      ) : (
        <TextField
          {...field('keyPairName')}
          select
          label={t('launch.fields.keyPair')}
          helperText={problem('keyPairName')}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          <option value="">{t('launch.fields.choose')}</option>
          {(network.data?.keyPairs ?? []).map((pair) => (
            <option key={pair.keyPairName} value={pair.keyPairName}>
              {pair.keyPairName}
            </option>
          ))}
        </TextField>
      )}
    </Stack>
  );
}
