import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { isTerminalImageStatus } from '../../../ui/status';
import { imageSnapshotsQuery } from '../api';
import { PartialSnapshotFailures } from './PartialSnapshotFailures';
import { useDeleteImage } from './useDeleteImage';

/**
 * "Delete Image": names the image, says what becomes of its snapshots (kept unless the box is
 * ticked), offers Force only after ECS refused because instances use the image, and refuses an
 * image still being created. The parent mounts it once per opening.
 */
export function DeleteImageDialog({
  regionId,
  image,
  onClose,
  onDeleted,
}: {
  regionId: string;
  image: Image;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const terminal = isTerminalImageStatus(image.status);
  const snapshots = useQuery(imageSnapshotsQuery(regionId, image.imageId, terminal));
  const count = snapshots.data?.snapshots.length ?? image.diskDeviceMappings.filter((mapping) => mapping.snapshotId).length;
  const [deleteSnapshots, setDeleteSnapshots] = useState(false);
  const [force, setForce] = useState(false);
  const deletion = useDeleteImage({ regionId, imageId: image.imageId, onDeleted });
  const name = image.imageName || image.imageId;

  if (deletion.result && deletion.result.failedSnapshots.length > 0) {
    return (
      <Dialog open onClose={deletion.finish} maxWidth="sm" fullWidth>
        <DialogTitle>{t('imageActions.delete.title')}</DialogTitle>
        <DialogContent dividers>
          <PartialSnapshotFailures result={deletion.result} />
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={deletion.finish}>
            {t('actions.close')}
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={() => !deletion.deleting && onClose()} maxWidth="sm" fullWidth>
      <DialogTitle>{t('imageActions.delete.title')}</DialogTitle>
      <DialogContent dividers>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <Typography variant="body1">{t('imageActions.delete.confirm', { name, id: image.imageId })}</Typography>
          {!terminal ? <Alert severity="warning">{t('imageActions.delete.creatingReason')}</Alert> : null}
          <Typography variant="body2">{t('imageActions.delete.consequence')}</Typography>
          <Typography variant="body2">
            {count > 0 ? t('imageActions.delete.snapshotsKept', { count }) : t('imageActions.delete.noSnapshots')}
          </Typography>
          {count > 0 ? (
            <FormControlLabel
              control={<Checkbox checked={deleteSnapshots} onChange={(event) => setDeleteSnapshots(event.target.checked)} />}
              label={t('imageActions.delete.alsoDeleteSnapshots', { count })}
              disabled={!terminal}
            />
          ) : null}
          {deletion.needsForce ? (
            <Alert severity="warning">
              <AlertTitle>{t('imageActions.delete.inUseTitle')}</AlertTitle>
              {t('imageActions.delete.inUseBody')}
              {deletion.inUseError ? <ErrorCodeLine error={deletion.inUseError} /> : null}
              <FormControlLabel
                control={<Checkbox checked={force} onChange={(event) => setForce(event.target.checked)} />}
                label={t('imageActions.delete.force')}
                sx={{ display: 'flex', mt: 1 }}
              />
            </Alert>
          ) : null}
          {deletion.error ? <ErrorAlert error={deletion.error} title={t('imageActions.delete.errorTitle')} /> : null}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={deletion.deleting}>
          {t('actions.cancel')}
        </Button>
        <Button
          color="error"
          variant="contained"
          disabled={!terminal || (deletion.needsForce && !force)}
          loading={deletion.deleting}
          loadingPosition="start"
          onClick={() => deletion.remove({ deleteSnapshots, force })}
        >
          {t('imageActions.delete.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** ECS's code and RequestId of the in-use refusal, for support. */
function ErrorCodeLine({ error }: { error: { body: { ecsCode?: string; requestId?: string } } }) {
  const { t } = useTranslation();
  return (
    <Typography variant="body2" sx={{ fontFamily: 'monospace', mt: 0.5 }}>
      {error.body.ecsCode ? t('error.code', { code: error.body.ecsCode }) : null}
      {error.body.requestId ? ` · ${t('error.requestId', { requestId: error.body.requestId })}` : null}
    </Typography>
  );
}
