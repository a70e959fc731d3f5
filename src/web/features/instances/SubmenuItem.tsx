import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A menu item that opens a nested menu beside it (More > Disk and Image > ...). Click, Enter or
 * ArrowRight opens it; Escape or ArrowLeft closes only the nested menu and focus returns here;
 * a click outside closes the whole menu through `onCloseAll`.
 */
export function SubmenuItem({
  label,
  open,
  onOpenChange,
  onCloseAll,
  children,
}: {
  label: string;
  /** Controlled by the parent menu, so closing the whole menu closes this one in the same render. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAll: () => void;
  children: ReactNode;
}) {
  const setOpen = onOpenChange;
  const anchor = useRef<HTMLLIElement>(null);
  const itemId = useId();
  const menuId = useId();

  const openOnArrowRight = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      setOpen(true);
    }
  };
  const closeOnArrowLeft = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <>
      <MenuItem
        ref={anchor}
        id={itemId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(true)}
        onKeyDown={openOnArrowRight}
      >
        <ChevronLeft fontSize="small" aria-hidden sx={{ ml: -0.5, mr: 1 }} />
        <ListItemText primary={label} />
      </MenuItem>
      <Menu
        id={menuId}
        open={open}
        anchorEl={anchor.current}
        // Opens to the left: the More button sits in the table's last column, at the right edge.
        anchorOrigin={{ vertical: 'top', horizontal: 'left' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        onClose={(_event, reason) => (reason === 'backdropClick' ? onCloseAll() : setOpen(false))}
        slotProps={{
          list: { 'aria-labelledby': itemId, disabledItemsFocusable: true, onKeyDown: closeOnArrowLeft },
        }}
      >
        {children}
      </Menu>
    </>
  );
}
