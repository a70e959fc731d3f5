import { useState } from 'react';
import type { Image } from '../../../../contract';
import { DeleteImageDialog } from '../delete/DeleteImageDialog';
import { ExportImageDialog } from '../export/ExportImageDialog';

type Open = { kind: 'export' | 'delete'; image: Image } | null;

/**
 * The Export and Delete dialogs of one place (the detail header or the Images rows): one opening
 * at a time, each mounted fresh so every opening starts clean.
 */
export function useImageActionDialogs({ regionId, onDeleted }: { regionId: string; onDeleted?: () => void }) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const dialogs =
    open?.kind === 'export' ? (
      <ExportImageDialog regionId={regionId} image={open.image} onClose={close} />
    ) : open?.kind === 'delete' ? (
      <DeleteImageDialog
        regionId={regionId}
        image={open.image}
        onClose={close}
        onDeleted={() => {
          close();
          onDeleted?.();
        }}
      />
    ) : null;
  return {
    openExport: (image: Image) => setOpen({ kind: 'export', image }),
    openDelete: (image: Image) => setOpen({ kind: 'delete', image }),
    dialogs,
  };
}
