import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import TuneIcon from '@mui/icons-material/Tune';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetaQuery } from '../meta/api';
import { DemoPanel } from './DemoPanel';

/**
 * "Demo" in the top bar, next to the Emulator badge: scenarios, pace and reset for support staff.
 * Rendered only when the BFF says it runs on the emulator; live mode has no such controls at all.
 */
export function DemoControl() {
  const { t } = useTranslation();
  const { data } = useMetaQuery();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const titleId = useId();
  if (data?.mode !== 'mock') return null;
  const open = anchor !== null;
  return (
    <>
      <Button
        size="small"
        color="inherit"
        variant="outlined"
        startIcon={<TuneIcon />}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={t('demo.buttonHint')}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('demo.button')}
      </Button>
      <Popover
        open={open}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: 360, p: 2 } } }}
      >
        <DemoPanel titleId={titleId} />
      </Popover>
    </>
  );
}
