import type { Instance } from '../../../contract';

export interface CreateImageDialogProps {
  open: boolean;
  regionId: string;
  instance: Instance;
  onClose: () => void;
}

/** Placeholder until the images feature lands: the dialog "Create Custom Image". */
export function CreateImageDialog(_props: CreateImageDialogProps) {
  return null;
}
