import Box from '@mui/material/Box';
import Button, { type ButtonProps } from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

/**
 * An action button that stays visible when it cannot be used, disabled, with the reason written
 * beside it and tied to it (aria-describedby): a disabled button cannot show a tooltip to a keyboard.
 */
export function ReasonedButton({ reason, children, ...button }: Omit<ButtonProps, 'disabled'> & { reason: string | null }) {
  const reasonId = useId();
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <Button {...button} disabled={reason !== null} aria-describedby={reason ? reasonId : undefined}>
        {children}
      </Button>
      {reason ? (
        <Typography id={reasonId} variant="caption" color="text.secondary" sx={{ maxWidth: 260 }}>
          {reason}
        </Typography>
      ) : null}
    </Box>
  );
}
