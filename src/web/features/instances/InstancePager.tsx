import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE_OPTIONS, type PageSize } from './listFilters';

/** Previous / Next over ECS's NextToken pages, the page size, and the total ECS reports. */
export function InstancePager({
  page,
  totalCount,
  pageSize,
  hasNext,
  onPrevious,
  onNext,
  onPageSizeChange,
}: {
  page: number;
  totalCount: number;
  pageSize: PageSize;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: PageSize) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      component="nav"
      aria-label={t('instances.paging.label')}
      direction="row"
      spacing={2}
      sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', py: 1.5 }}
    >
      <Typography variant="body2" color="text.secondary">
        {t('instances.paging.total', { count: totalCount })}
      </Typography>
      <TextField
        select
        size="small"
        label={t('instances.paging.pageSize')}
        value={pageSize}
        onChange={(event) => onPageSizeChange(Number(event.target.value) as PageSize)}
        sx={{ minWidth: 130 }}
      >
        {PAGE_SIZE_OPTIONS.map((size) => (
          <MenuItem key={size} value={size}>
            {size}
          </MenuItem>
        ))}
      </TextField>
      <Button size="small" onClick={onPrevious} disabled={page <= 1}>
        {t('instances.paging.previous')}
      </Button>
      <Typography variant="body2">
        {t('instances.paging.page', { page })}
      </Typography>
      <Button size="small" onClick={onNext} disabled={!hasNext}>
        {t('instances.paging.next')}
      </Button>
    </Stack>
  );
}
