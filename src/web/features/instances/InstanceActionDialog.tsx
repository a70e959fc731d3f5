import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, InstanceAction } from '../../../contract';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useInstanceActionMutation } from './api';

/**
 * "Stop Instance" and its siblings: names the instance, warns when workloads are interrupted,
 * and stays open with the error (code, RequestId) if ECS or the console refuses.
 */
export function InstanceActionDialog({
  regionId,
  instance,
  action,
  onClose,
}: {
  regionId: string;
  instance: Instance;
  action: InstanceAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const mutation = useInstanceActionMutation(regionId);
  const confirm = () => mutation.mutate({ instanceId: instance.instanceId, action }, { onSuccess: onClose });
  const interrupts = action !== 'start';

  return (
    <Dialog open onClose={mutation.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t(`instances.confirm.title.${action}`)}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {t(`instances.confirm.question.${action}`)}
        </Typography>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 0.5, columnGap: 2, m: 0, mb: 2 }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {t('instances.confirm.instanceId')}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, fontFamily: 'monospace' }}>
            {instance.instanceId}
          </Typography>
          <Typography component="dt" variant="body2" color="text.secondary">
            {t('instances.confirm.instanceName')}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {instance.instanceName}
          </Typography>
        </Box>
        {interrupts ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('instances.confirm.interruptWarning')}
          </Alert>
        ) : null}
        {mutation.isError ? <ErrorAlert error={mutation.error} title={t('instances.confirm.failed')} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={mutation.isPending}>
          {t('actions.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={confirm}
          disabled={mutation.isPending}
          startIcon={mutation.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
        >
          {t(`instances.confirm.ok.${action}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
