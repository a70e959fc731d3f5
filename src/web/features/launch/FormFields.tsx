import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from './launchRules';

/** A problem's words, or the hint when there is none. */
export function useHelperText() {
  const { t } = useTranslation();
  return (problem: Problem | undefined, hint?: string): ReactNode => (problem ? t(problem.key, problem.values ?? {}) : hint);
}

export interface Option {
  value: string;
  label: string;
}

/**
 * A native select: a combobox with its label as accessible name, fast to use from the keyboard
 * and from tests. An empty first option stands for "not chosen yet".
 */
export function SelectField({
  label,
  value,
  options,
  onChange,
  problem,
  hint,
  disabled,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  problem?: Problem;
  hint?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const helper = useHelperText();
  return (
    <TextField
      select
      fullWidth
      size="small"
      label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      error={problem !== undefined}
      helperText={helper(problem, hint)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">{t('launch.fields.choose')}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}

/** A whole number of GiB or instances: a spinbutton whose text is kept as typed until checked. */
export function NumberField({
  label,
  value,
  onChange,
  problem,
  hint,
  min,
  max,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: Problem;
  hint?: string;
  min: number;
  max: number;
}) {
  const helper = useHelperText();
  return (
    <TextField
      type="number"
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={problem !== undefined}
      helperText={helper(problem, hint)}
      slotProps={{ htmlInput: { min, max, step: 1, inputMode: 'numeric' } }}
    />
  );
}
