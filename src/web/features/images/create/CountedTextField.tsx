import Box from '@mui/material/Box';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { charLength } from '../../../../contract';

type Props = Omit<TextFieldProps, 'value' | 'onChange' | 'error' | 'helperText'> & {
  value: string;
  onValueChange: (value: string) => void;
  max: number;
  /** The visible error, already translated; the hint shows when there is none. */
  error?: string;
  hint: string;
};

/**
 * A labelled text field with its rule message (or hint) and a "12/128" counter underneath.
 * The counter counts characters as ECS does (code points), not UTF-16 units.
 */
export function CountedTextField({ value, onValueChange, max, error, hint, ...rest }: Props) {
  const { t } = useTranslation();
  const count = charLength(value);
  return (
    <TextField
      {...rest}
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      error={Boolean(error)}
      fullWidth
      helperText={
        <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
          <span>{error ?? hint}</span>
          <Box
            component="span"
            sx={{ whiteSpace: 'nowrap', color: count > max ? 'error.main' : undefined }}
          >
            {t('images.create.counter', { count, max })}
          </Box>
        </Box>
      }
    />
  );
}
