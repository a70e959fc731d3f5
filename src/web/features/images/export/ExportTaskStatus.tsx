import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { StatusIndicator } from '../../../ui/StatusIndicator';
import { ProgressBar } from '../shared/ProgressBar';
import { taskQuery, taskStatusTable } from './api';

/** The export task as ECS reports it (DescribeTasks), polled until Finished or Failed; a live region. */
export function ExportTaskStatus({ regionId, taskId, bucket, prefix }: { regionId: string; taskId: string; bucket: string; prefix: string }) {
  const { t } = useTranslation();
  const task = useQuery(taskQuery(regionId, taskId));
  const status = task.data?.taskStatus ?? 'Processing';
  const values = { bucket, prefix, progress: Math.round(task.data?.progress ?? 0), status };
  const message =
    status === 'Finished' ? (
      <Alert severity="success">{t('imageActions.export.Finished', values)}</Alert>
    ) : status === 'Failed' ? (
      <Alert severity="error">{t('imageActions.export.Failed', values)}</Alert>
    ) : status === 'Processing' || status === 'Waiting' ? (
      <Typography variant="body2">{t(`imageActions.export.${status}`, values)}</Typography>
    ) : (
      <Typography variant="body2">{t('imageActions.export.Other', { status: t(taskStatusTable[status].labelKey) })}</Typography>
    );
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography variant="subtitle2" component="h3" sx={{ fontFamily: 'monospace' }}>
        {t('imageActions.export.taskTitle', { taskId })}
      </Typography>
      <StatusIndicator entry={taskStatusTable[status]} />
      {status === 'Processing' ? <ProgressBar value={task.data?.progress ?? 0} label={t('imageActions.export.progressLabel')} /> : null}
      {message}
      {task.isError ? <ErrorAlert error={task.error} title={t('imageActions.export.taskLoadError')} onRetry={() => void task.refetch()} /> : null}
    </Box>
  );
}
