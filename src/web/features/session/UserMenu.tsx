import AccountCircle from '@mui/icons-material/AccountCircle';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSessionQuery, useSignOut } from './api';

/** The top bar's account menu: who is signed in, with which role, and Sign out. Absent without sign-in. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useSessionQuery();
  const signOut = useSignOut();
  const buttonId = useId();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!data?.authenticated) return null;

  const role = data.role;
  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        size="small"
        startIcon={<AccountCircle aria-hidden />}
        aria-label={t('session.menu.button', { username: data.username, role })}
        aria-haspopup="menu"
        aria-expanded={anchor ? true : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none' }}
      >
        {data.username} ({role})
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-labelledby': buttonId } }}>
        <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
          <ListItemText primary={t('session.menu.signedInAs', { username: data.username })} secondary={t('session.menu.role', { role })} />
        </MenuItem>
        {data.authMode === 'local' ? (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) });
            }}
          >
            {t('session.menu.signOut')}
          </MenuItem>
        ) : null}
      </Menu>
    </>
  );
}
