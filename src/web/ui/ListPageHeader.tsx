import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Refresh from '@mui/icons-material/Refresh';
import { useTranslation } from 'react-i18next';
import { LastUpdated } from './LastUpdated';

/** A list page's heading with manual Refresh and "Last updated", as the ECS console has them. */
export function ListPageHeader({ title, updatedAt, onRefresh }: { title: string; updatedAt: number; onRefresh: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
        {title}
      </Typography>
      <LastUpdated at={updatedAt} />
      <Button variant="outlined" startIcon={<Refresh aria-hidden />} onClick={onRefresh}>
        {t('actions.refresh')}
      </Button>
    </Stack>
  );
}
