import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import type { DeleteImageResult } from '../../../../contract';

/** The image is gone but some of its snapshots are not: which, and what ECS said about each. */
export function PartialSnapshotFailures({ result }: { result: DeleteImageResult }) {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>{t('imageActions.delete.partialTitle')}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {result.failedSnapshots.map((failure) => (
          <li key={failure.snapshotId}>
            {t('imageActions.delete.partialItem', { snapshotId: failure.snapshotId, message: failure.message, code: failure.ecsCode })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
