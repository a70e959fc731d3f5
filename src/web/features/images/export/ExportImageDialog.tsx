import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, exportProblem, type Image } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ExportTaskStatus } from './ExportTaskStatus';
import { useExportForm, type ExportField } from './useExportForm';

interface Started {
  taskId: string;
  bucket: string;
  prefix: string;
}

/**
 * "Export Image" to an OSS bucket. ECS's limits (Available only, at most 4 data disks of at most
 * 500 GiB) are checked before anything is sent; once ECS accepts, the dialog follows the export
 * task to Finished or Failed. The parent mounts it once per opening.
 */
export function ExportImageDialog({ regionId, image, onClose }: { regionId: string; image: Image; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [started, setStarted] = useState<Started | null>(null);
  const form = useExportForm({
    regionId,
    imageId: image.imageId,
    onStarted: ({ taskId }) => setStarted({ taskId, bucket: form.values.ossBucket.trim(), prefix: form.values.ossPrefix.trim() }),
  });
  const problem = exportProblem(image);
  const errorText = (field: ExportField) => {
    const { text, messageKey } = form.error(field);
    return text ?? (messageKey ? t(messageKey) : undefined);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!problem) form.submit();
  };

  return (
    <Dialog open onClose={() => !form.submitting && onClose()} maxWidth="sm" fullWidth>
      <DialogTitle>{t('imageActions.export.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('imageActions.export.image')}: <strong>{image.imageName || image.imageId}</strong> ({image.imageId})
        </Typography>
        {started ? (
          <ExportTaskStatus regionId={regionId} {...started} />
        ) : (
          <Box component="form" id={formId} noValidate onSubmit={onSubmit} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            {problem ? <Alert severity="warning">{t(`rules.export.${problem}`)}</Alert> : null}
            <TextField
              label={t('imageActions.export.bucket')}
              required
              autoFocus
              autoComplete="off"
              value={form.values.ossBucket}
              onChange={(event) => form.set('ossBucket', event.target.value)}
              onBlur={() => form.touch('ossBucket')}
              error={Boolean(errorText('ossBucket'))}
              helperText={errorText('ossBucket') ?? t('imageActions.export.bucketHint')}
              disabled={problem !== null}
            />
            <TextField
              label={t('imageActions.export.prefix')}
              autoComplete="off"
              value={form.values.ossPrefix}
              onChange={(event) => form.set('ossPrefix', event.target.value)}
              onBlur={() => form.touch('ossPrefix')}
              error={Boolean(errorText('ossPrefix'))}
              helperText={errorText('ossPrefix') ?? t('imageActions.export.prefixHint')}
              disabled={problem !== null}
            />
            <TextField
              select
              label={t('imageActions.export.format')}
              value={form.values.format}
              onChange={(event) => form.set('format', event.target.value)}
              error={Boolean(errorText('format'))}
              helperText={errorText('format')}
              slotProps={{ select: { native: true } }}
              disabled={problem !== null}
            >
              {EXPORT_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {format}
                </option>
              ))}
            </TextField>
            <Typography variant="caption" color="text.secondary">
              {t('imageActions.export.roleNote')}
            </Typography>
            {form.generalError ? <ErrorAlert error={form.generalError} title={t('imageActions.export.errorTitle')} /> : null}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {started ? (
          <Button onClick={onClose}>{t('actions.close')}</Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={form.submitting}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" form={formId} variant="contained" disabled={problem !== null} loading={form.submitting} loadingPosition="start">
              {t('imageActions.export.submit')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
