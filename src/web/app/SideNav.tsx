import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

const pages = ['instances', 'images', 'snapshots'] as const;
/** Each page's label; the snapshots feature owns its own words. */
const labelKeys: Record<(typeof pages)[number], string> = {
  instances: 'nav.instances',
  images: 'nav.images',
  snapshots: 'snapshots.nav',
};

/** Left navigation: Instances & Images > Instances, Images, Snapshots. NavLink marks the current page with aria-current. */
export function SideNav({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const groupId = useId();
  return (
    <Box
      component="nav"
      aria-label={t('nav.label')}
      sx={{ width: 208, flexShrink: 0, bgcolor: 'background.paper', borderRight: 1, borderColor: 'divider' }}
    >
      <List
        aria-labelledby={groupId}
        subheader={
          <ListSubheader id={groupId} sx={{ lineHeight: 2.5, mt: 1 }}>
            {t('nav.instancesAndImages')}
          </ListSubheader>
        }
      >
        {pages.map((page) => (
          <ListItem key={page} disablePadding>
            <ListItemButton
              component={NavLink}
              to={`/regions/${encodeURIComponent(regionId)}/${page}`}
              sx={{ pl: 3, '&.active': { bgcolor: 'action.selected', fontWeight: 600, color: 'primary.dark' } }}
            >
              <ListItemText primary={t(labelKeys[page])} slotProps={{ primary: { sx: { fontWeight: 'inherit' } } }} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
