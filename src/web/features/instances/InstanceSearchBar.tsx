import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { instanceIdSchema, instanceStatuses, type InstanceStatus } from '../../../contract';
import { instanceStatusTable } from '../../ui/status';
import { searchFields, type InstanceFilters, type SearchField } from './listFilters';

const ALL = 'All';

/**
 * Search by Instance Name or Instance ID (applied on Enter or Search) and the status filter
 * (applied at once). The typed text is a draft until submitted; the parent remounts this bar
 * with a new `key` when the applied search changes elsewhere (Clear filters, Back).
 */
export function InstanceSearchBar({
  filters,
  onApply,
}: {
  filters: InstanceFilters;
  onApply: (change: Partial<InstanceFilters>) => void;
}) {
  const { t } = useTranslation();
  const [field, setField] = useState<SearchField>(filters.field);
  const [text, setText] = useState(filters.text);
  const [invalidId, setInvalidId] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    // The BFF would refuse a malformed ID with 400; saying so here keeps the list on screen.
    if (field === 'instanceId' && trimmed && !instanceIdSchema.safeParse(trimmed).success) {
      setInvalidId(true);
      return;
    }
    setInvalidId(false);
    onApply({ field, text: trimmed });
  };

  return (
    <Stack
      component="form"
      role="search"
      aria-label={t('instances.search.formLabel')}
      onSubmit={submit}
      direction="row"
      spacing={1}
      sx={{ flexWrap: 'wrap', alignItems: 'flex-start', rowGap: 1 }}
    >
      <TextField
        select
        size="small"
        label={t('instances.search.fieldLabel')}
        value={field}
        onChange={(event) => {
          setField(event.target.value as SearchField);
          setInvalidId(false);
        }}
        sx={{ minWidth: 160 }}
      >
        {searchFields.map((option) => (
          <MenuItem key={option} value={option}>
            {t(`instances.search.fields.${option}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t(`instances.search.placeholder.${field}`)}
        error={invalidId}
        helperText={invalidId ? t('instances.search.invalidInstanceId') : undefined}
        slotProps={{ htmlInput: { 'aria-label': t('instances.search.inputLabel'), maxLength: 128 } }}
        sx={{ minWidth: 280 }}
      />
      <Button type="submit" variant="outlined">
        {t('instances.search.submit')}
      </Button>
      <TextField
        select
        size="small"
        label={t('instances.search.statusLabel')}
        value={filters.status ?? ALL}
        onChange={(event) =>
          onApply({ status: event.target.value === ALL ? undefined : (event.target.value as InstanceStatus) })
        }
        sx={{ minWidth: 140 }}
      >
        <MenuItem value={ALL}>{t('instances.search.allStatuses')}</MenuItem>
        {instanceStatuses.map((status) => (
          <MenuItem key={status} value={status}>
            {t(instanceStatusTable[status].labelKey)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
