import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageBuild, Instance, InstanceAction } from '../../../contract';
import { CreateImageDialog } from '../images/CreateImageDialog';
import { ActionMenuItem } from './ActionMenuItem';
import { InstanceActionDialog } from './InstanceActionDialog';
import { ReplaceSystemDiskDialog } from './replaceSystemDisk/ReplaceSystemDiskDialog';
import { replaceSystemDiskAvailability, rowActionAvailability, type RowAction } from './rowActionRules';
import { SubmenuItem } from './SubmenuItem';
import { allowedFor, allowedForAll } from '../session/allowedFor';
import { useCan } from '../session/useCan';

type Submenu = 'instanceStatus' | 'diskAndImage';
const statusActions: readonly InstanceAction[] = ['start', 'stop', 'restart'];

/** The row's More menu: Instance Status (Start, Stop, Restart) and Disk and Image (Create Custom Image, Replace System Disk). */
export function InstanceActionsMenu({
  regionId,
  instance,
  build,
  now,
}: {
  regionId: string;
  instance: Instance;
  build: ImageBuild | undefined;
  now: number;
}) {
  const { t } = useTranslation();
  const buttonId = useId();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [submenu, setSubmenu] = useState<Submenu | null>(null);
  const [dialog, setDialog] = useState<RowAction | 'replaceSystemDisk' | null>(null);
  // A viewer sees every action, disabled with the reason; the BFF refuses them too (403).
  const can = useCan('operate');
  const availability = allowedForAll(can, rowActionAvailability(instance, build, now));

  const closeAll = () => {
    setSubmenu(null);
    setAnchor(null);
  };
  const choose = (action: RowAction | 'replaceSystemDisk') => {
    closeAll();
    setDialog(action);
  };
  const submenuProps = (name: Submenu) => ({
    open: submenu === name,
    onOpenChange: (open: boolean) => setSubmenu(open ? name : null),
    onCloseAll: closeAll,
  });

  return (
    <>
      <Button
        id={buttonId}
        size="small"
        endIcon={<ArrowDropDown aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={anchor ? true : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('instances.more')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={closeAll}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        <SubmenuItem label={t('instances.menu.instanceStatus')} {...submenuProps('instanceStatus')}>
          {statusActions.map((action) => (
            <ActionMenuItem
              key={action}
              label={t(`instances.menu.${action}`)}
              availability={availability[action]}
              onSelect={() => choose(action)}
            />
          ))}
        </SubmenuItem>
        <SubmenuItem label={t('instances.menu.diskAndImage')} {...submenuProps('diskAndImage')}>
          <ActionMenuItem
            label={t('instances.menu.createImage')}
            availability={availability.createImage}
            onSelect={() => choose('createImage')}
          />
          <ActionMenuItem
            label={t('launch.menu.replaceSystemDisk')}
            availability={allowedFor(can, replaceSystemDiskAvailability(instance, build, now))}
            onSelect={() => choose('replaceSystemDisk')}
          />
        </SubmenuItem>
      </Menu>
      {dialog === 'replaceSystemDisk' ? (
        <ReplaceSystemDiskDialog regionId={regionId} instance={instance} onClose={() => setDialog(null)} />
      ) : null}
      {dialog && dialog !== 'createImage' && dialog !== 'replaceSystemDisk' ? (
        <InstanceActionDialog regionId={regionId} instance={instance} action={dialog} onClose={() => setDialog(null)} />
      ) : null}
      {/* The dialog starts fresh on each opening (and its own ClientToken); closed, it renders nothing. */}
      <CreateImageDialog
        open={dialog === 'createImage'}
        regionId={regionId}
        instance={instance}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
