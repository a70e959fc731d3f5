import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import TextField from '@mui/material/TextField';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotRow } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { NameFields } from '../../images/create/NameFields';
import { TagsEditor } from '../../images/create/TagsEditor';
import { useCreateImageForm } from '../../images/create/useCreateImageForm';
import { DataDiskRowsEditor } from './DataDiskRowsEditor';
import { useCreateFromSnapshotSubmit } from './useCreateFromSnapshotSubmit';
import { useDataDiskRows } from './useDataDiskRows';

/**
 * "Create Custom Image" from a system disk snapshot (Snapshots page > Create Custom Image). The
 * parent mounts it once per opening, so every opening has empty fields and a fresh ClientToken.
 * Name, description and tags are the spine's own fields and rules; the data disk rows add the
 * contract's DiskDeviceMapping rules.
 */
export function CreateImageFromSnapshotDialog({ regionId, snapshot, onClose }: { regionId: string; snapshot: SnapshotRow; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const contentRef = useRef<HTMLDivElement>(null);
  const form = useCreateImageForm();
  const rows = useDataDiskRows();
  const [withDataDisks, setWithDataDisks] = useState(false);
  // Bumped by a Create that cannot go out or that the server refused on a field: focus goes there.
  const [attempt, setAttempt] = useState(0);
  const { submit, submitting, generalError } = useCreateFromSnapshotSubmit({
    regionId,
    onCreated: onClose,
    onFieldError: (field, message) => {
      form.showServerError(field, message);
      setAttempt((count) => count + 1);
    },
    onDataDiskError: (index, message) => {
      const shown = rows.showServerError(index, message);
      if (shown) setAttempt((count) => count + 1);
      return shown;
    },
  });

  useEffect(() => {
    if (attempt === 0) return;
    contentRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const formOk = form.attemptSubmit();
    if (!formOk || rows.hasProblems) {
      setAttempt((count) => count + 1);
      return;
    }
    const { imageName, description, tags } = form.values;
    submit({
      imageName,
      description,
      tags: tags.map(({ key, value }) => ({ key, value })),
      systemSnapshotId: snapshot.snapshotId,
      dataDisks: rows.toBody(),
    });
  };

  return (
    <Dialog
      open
      onClose={() => {
        // A Create in flight finishes first; its answer decides whether the dialog closes.
        if (!submitting) onClose();
      }}
      maxWidth="md"
      fullWidth
      scroll="paper"
    >
      <DialogTitle>{t('snapshots.createImage.title')}</DialogTitle>
      <DialogContent dividers ref={contentRef}>
        <Box component="form" id={formId} noValidate onSubmit={onSubmit} sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}>
          <TextField
            label={t('snapshots.createImage.systemSnapshotId')}
            value={snapshot.snapshotId}
            slotProps={{ htmlInput: { readOnly: true } }}
            helperText={`${t('images.diskType.system')} · ${t('snapshots.list.diskSize', { size: snapshot.sourceDiskSizeGiB })}`}
            fullWidth
          />
          <NameFields form={form} />
          <Divider />
          <DataDiskRowsEditor regionId={regionId} enabled={withDataDisks} onEnabledChange={setWithDataDisks} rows={rows} />
          <Divider />
          <TagsEditor tags={form.tags} />
          {generalError ? <ErrorAlert error={generalError} title={t('snapshots.createImage.errorTitle')} /> : null}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={submitting}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" loading={submitting} loadingPosition="start">
          {t('actions.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
