import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { imageStatusTable } from '../../../ui/status';
import type { ImageListParams } from '../api';
import { statusFilters } from './useImageListParams';

/** Search by image name (applied on Enter or Search) and a status filter (applied at once). */
export function ImagesToolbar({
  params,
  onChange,
}: {
  params: ImageListParams;
  onChange: (patch: Partial<ImageListParams>) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(params.name);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ name: name.trim() });
  };
  return (
    <Box
      component="form"
      role="search"
      onSubmit={onSubmit}
      sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <TextField
        size="small"
        type="search"
        label={t('images.list.searchLabel')}
        placeholder={t('images.list.searchPlaceholder')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        slotProps={{ htmlInput: { maxLength: 128 } }}
        sx={{ minWidth: 260 }}
      />
      <Button type="submit" variant="outlined" startIcon={<Search aria-hidden />}>
        {t('images.list.search')}
      </Button>
      <TextField
        select
        size="small"
        label={t('images.list.statusFilter')}
        value={params.status}
        onChange={(event) => {
          const status = statusFilters.find((candidate) => candidate === event.target.value);
          if (status) onChange({ status });
        }}
        sx={{ minWidth: 180 }}
      >
        {statusFilters.map((status) => (
          <MenuItem key={status} value={status}>
            {status === 'All' ? t('images.list.allStatuses') : t(imageStatusTable[status].labelKey)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
