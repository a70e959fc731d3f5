import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Place from '@mui/icons-material/Place';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { findRegion, useRegionsQuery } from './api';
import { rememberRegionId } from './rememberedRegion';

/**
 * The page to open in another region: the same list (instances or images). An image's detail
 * becomes the images list, since an image lives in one region only.
 */
export function regionPath(pathname: string, regionId: string): string {
  const section = pathname.split('/')[3] === 'images' ? 'images' : 'instances';
  return `/regions/${encodeURIComponent(regionId)}/${section}`;
}

/** The top bar's region selector: shows the current region's name and lists every region. */
export function RegionSelector({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const regions = useRegionsQuery();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const name = findRegion(regions.data?.regions, regionId)?.localName || regionId;

  const choose = (next: string) => {
    setAnchor(null);
    rememberRegionId(next);
    navigate(regionPath(pathname, next));
  };

  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        startIcon={<Place aria-hidden />}
        endIcon={<ArrowDropDown aria-hidden />}
        aria-label={t('shell.region.selectorLabel', { region: name })}
        aria-haspopup="menu"
        aria-expanded={anchor ? true : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none' }}
      >
        {name}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId }, paper: { sx: { maxHeight: '70vh' } } }}
      >
        {regions.data ? (
          regions.data.regions.map((region) => (
            <MenuItem key={region.regionId} selected={region.regionId === regionId} onClick={() => choose(region.regionId)}>
              <ListItemText primary={region.localName || region.regionId} secondary={region.regionId} />
            </MenuItem>
          ))
        ) : (
          <MenuItem disabled>{t(regions.isError ? 'shell.region.loadError' : 'shell.region.loading')}</MenuItem>
        )}
      </Menu>
    </>
  );
}
