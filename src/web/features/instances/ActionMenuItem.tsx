import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Availability } from './rowActionRules';

/**
 * A menu item that, when it cannot run now, stays visible, disabled, with the reason under its
 * label. The label alone is its accessible name; the reason is its accessible description.
 */
export function ActionMenuItem({
  label,
  availability,
  onSelect,
}: {
  label: string;
  availability: Availability;
  onSelect: () => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const reasonId = useId();
  const reason = availability.enabled ? undefined : t(availability.reasonKey);
  return (
    <MenuItem
      disabled={!availability.enabled}
      onClick={onSelect}
      aria-labelledby={labelId}
      aria-describedby={reason ? reasonId : undefined}
      // MUI fades disabled items to 38%; the reason must stay readable, so keep it opaque.
      sx={{ '&.Mui-disabled': { opacity: 1 }, maxWidth: 360, whiteSpace: 'normal' }}
    >
      <ListItemText
        primary={label}
        secondary={reason}
        slotProps={{
          primary: { id: labelId, color: availability.enabled ? 'text.primary' : 'text.secondary' },
          secondary: { id: reasonId, variant: 'caption', color: 'text.secondary' },
        }}
      />
    </MenuItem>
  );
}
