import Dialog from '@mui/material/Dialog';
import { useState } from 'react';
import type { Instance } from '../../../contract';
import { CreateImageForm } from './create/CreateImageForm';

export interface CreateImageDialogProps {
  open: boolean;
  regionId: string;
  instance: Instance;
  onClose: () => void;
}

/**
 * The dialog "Create Custom Image" (Instances > More > Disk and Image > Create Custom Image).
 * Each opening mounts a fresh form, and with it a fresh ClientToken and empty fields; the form
 * stays mounted through the closing transition so it does not flash empty.
 */
export function CreateImageDialog({ open, regionId, instance, onClose }: CreateImageDialogProps) {
  const [opening, setOpening] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpening((count) => count + 1);
  }
  const [submitting, setSubmitting] = useState(false);

  return (
    <Dialog
      open={open}
      onClose={() => {
        // A Create in flight finishes first; its answer decides whether the dialog closes.
        if (!submitting) onClose();
      }}
      maxWidth="md"
      fullWidth
      scroll="paper"
    >
      <CreateImageForm
        key={opening}
        regionId={regionId}
        instance={instance}
        onClose={onClose}
        onSubmittingChange={setSubmitting}
      />
    </Dialog>
  );
}
