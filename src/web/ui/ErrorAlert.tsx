import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import type { ApiErrorBody } from '../../contract';

function toBody(error: unknown): ApiErrorBody {
  if (error instanceof ApiError) return error.body;
  return { code: 'Internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Every error the console shows: ECS's message, its code and RequestId (so an administrator can
 * quote them to support), and what to do next.
 */
export function ErrorAlert({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const body = toBody(error);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : undefined
      }
    >
      {title ? <AlertTitle>{title}</AlertTitle> : null}
      <Typography variant="body2">{body.message}</Typography>
      {body.ecsCode || body.code ? (
        <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
          {t('error.code', { code: body.ecsCode ?? body.code })}
        </Typography>
      ) : null}
      {body.requestId ? (
        <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
          {t('error.requestId', { requestId: body.requestId })}
        </Typography>
      ) : null}
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {t(`error.whatNext.${body.code}`)}
      </Typography>
    </Alert>
  );
}
