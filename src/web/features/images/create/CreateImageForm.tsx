import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCan } from '../../session/useCan';
import { Considerations } from './Considerations';
import { DiskSummary } from './DiskSummary';
import { InstanceSummary } from './InstanceSummary';
import { NameFields } from './NameFields';
import { OptionalSettings } from './OptionalSettings';
import { useCreateImageForm } from './useCreateImageForm';
import { useCreateImageSubmit } from './useCreateImageSubmit';

interface Props {
  regionId: string;
  instance: Instance;
  onClose: () => void;
  onSubmittingChange: (submitting: boolean) => void;
}

/** The dialog's title, content and buttons for one opening. */
export function CreateImageForm({ regionId, instance, onClose, onSubmittingChange }: Props) {
  const { t } = useTranslation();
  const formId = useId();
  const can = useCan('operate');
  const roleReasonId = useId();
  const contentRef = useRef<HTMLDivElement>(null);
  const form = useCreateImageForm();
  // Bumped by every Create that cannot go out, or that the server refused on a field: the
  // first field in error then takes the focus.
  const [attempt, setAttempt] = useState(0);
  const { submit, submitting, generalError } = useCreateImageSubmit({
    regionId,
    instanceId: instance.instanceId,
    onCreated: onClose,
    onFieldError: (field, message) => {
      form.showServerError(field, message);
      setAttempt((count) => count + 1);
    },
  });

  useEffect(() => onSubmittingChange(submitting), [submitting, onSubmittingChange]);
  useEffect(() => {
    if (attempt === 0) return;
    contentRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  useEffect(() => {
    if (generalError) contentRef.current?.querySelector('[role="alert"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [generalError]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    if (!form.attemptSubmit()) {
      setAttempt((count) => count + 1);
      return;
    }
    const { imageName, description, resourceGroupId, tags } = form.values;
    submit({
      imageName,
      description,
      tags: tags.map(({ key, value }) => ({ key, value })),
      resourceGroupId: resourceGroupId.trim() || undefined,
    });
  };

  return (
    <>
      <DialogTitle>{t('images.create.title')}</DialogTitle>
      <DialogContent dividers ref={contentRef}>
        <Box
          component="form"
          id={formId}
          noValidate
          onSubmit={onSubmit}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}
        >
          <InstanceSummary instance={instance} />
          <Considerations instanceStatus={instance.status} />
          <NameFields form={form} />
          <DiskSummary regionId={regionId} instanceId={instance.instanceId} />
          <Divider />
          <OptionalSettings form={form} />
          {generalError ? <ErrorAlert error={generalError} title={t('images.create.errorTitle')} /> : null}
        </Box>
      </DialogContent>
      <DialogActions>
        {can.allowed ? null : (
          <Typography id={roleReasonId} variant="body2" color="text.secondary" sx={{ mr: 'auto', pl: 1 }}>
            {t(can.reasonKey)}
          </Typography>
        )}
        <Button onClick={onClose} disabled={submitting}>
          {t('actions.cancel')}
        </Button>
        <Button
          type="submit"
          form={formId}
          variant="contained"
          loading={submitting}
          loadingPosition="start"
          disabled={!can.allowed}
          aria-describedby={can.allowed ? undefined : roleReasonId}
        >
          {t('actions.create')}
        </Button>
      </DialogActions>
    </>
  );
}
