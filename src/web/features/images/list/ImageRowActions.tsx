import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../contract';
import { deleteReasonKey, exportReasonKey } from '../actions/reasons';
import { ReasonedButton } from '../actions/ReasonedButton';
import { useCan } from '../../session/useCan';

/** A row's Export Image and Delete Image, named for their image so each reads on its own. */
export function ImageRowActions({
  image,
  onExport,
  onDelete,
}: {
  image: Image;
  onExport: (image: Image) => void;
  onDelete: (image: Image) => void;
}) {
  const { t } = useTranslation();
  // A viewer's reason comes first (features/session); the BFF refuses them too (403).
  const can = useCan('operate');
  const exportReason = can.allowed ? exportReasonKey(image) : can.reasonKey;
  const deleteReason = can.allowed ? deleteReasonKey(image) : can.reasonKey;
  return (
    <Stack role="group" aria-label={t('imageActions.rowLabel', { id: image.imageId })} spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <ReasonedButton size="small" reason={exportReason ? t(exportReason) : null} onClick={() => onExport(image)}>
        {t('imageActions.export.button')}
      </ReasonedButton>
      <ReasonedButton size="small" color="error" reason={deleteReason ? t(deleteReason) : null} onClick={() => onDelete(image)}>
        {t('imageActions.delete.button')}
      </ReasonedButton>
    </Stack>
  );
}
