import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import FileUpload from '@mui/icons-material/FileUpload';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Image } from '../../../../contract';
// Owned by the launch feature (create an instance from this image); rendered here as its slot.
import { CreateInstanceButton } from '../../launch/CreateInstanceButton';
import { deleteReasonKey, exportReasonKey } from '../actions/reasons';
import { ReasonedButton } from '../actions/ReasonedButton';
import { useImageActionDialogs } from '../actions/useImageActionDialogs';
import { imagesPath } from './ImageBreadcrumbs';
import { useCan } from '../../session/useCan';

/**
 * The image detail header's actions: Create Instance (launch feature), Export Image and Delete
 * Image. An action that cannot be used stays visible, disabled, with the reason beside it. After
 * a delete the user lands on the Images list, where the image is gone.
 */
export function ImageActions({ regionId, image }: { regionId: string; image: Image }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { openExport, openDelete, dialogs } = useImageActionDialogs({
    regionId,
    onDeleted: () => void navigate(imagesPath(regionId)),
  });
  // A viewer's reason comes first (features/session); the BFF refuses them too (403).
  const can = useCan('operate');
  const exportReason = can.allowed ? exportReasonKey(image) : can.reasonKey;
  const deleteReason = can.allowed ? deleteReasonKey(image) : can.reasonKey;
  return (
    <>
      <Stack role="group" aria-label={t('imageActions.headerLabel')} direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        {/* Slot: the launch feature's button. */}
        <CreateInstanceButton image={image} regionId={regionId} />
        <ReasonedButton
          variant="outlined"
          size="small"
          startIcon={<FileUpload aria-hidden />}
          reason={exportReason ? t(exportReason) : null}
          onClick={() => openExport(image)}
        >
          {t('imageActions.export.button')}
        </ReasonedButton>
        <ReasonedButton
          variant="outlined"
          size="small"
          color="error"
          startIcon={<DeleteOutline aria-hidden />}
          reason={deleteReason ? t(deleteReason) : null}
          onClick={() => openDelete(image)}
        >
          {t('imageActions.delete.button')}
        </ReasonedButton>
      </Stack>
      {dialogs}
    </>
  );
}
