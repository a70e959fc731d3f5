import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { RegionSelector } from '../features/regions/RegionSelector';
import { MockModeBadge } from './MockModeBadge';
import { DemoControl } from '../features/demo/DemoControl';
import { UserMenu } from '../features/session/UserMenu';

/** Product name, region selector and the emulator badge, as in the ECS console's top bar. */
export function TopBar({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  return (
    <AppBar position="static" elevation={0} sx={{ bgcolor: '#1f2633' }}>
      <Toolbar variant="dense" sx={{ gap: 2 }}>
        <Typography variant="subtitle1" component="div" sx={{ fontWeight: 600 }}>
          {t('app.title')}
        </Typography>
        <RegionSelector regionId={regionId} />
        <Box sx={{ flexGrow: 1 }} />
        <MockModeBadge />
        <DemoControl />
        <UserMenu />
      </Toolbar>
    </AppBar>
  );
}
