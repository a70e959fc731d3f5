import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { Snapshot } from '../../../../contract';
import { snapshotsPath } from '../../snapshots/api';

/**
 * A snapshot of the image, one click from the Snapshots page filtered to its disk (where its
 * usage links back to this image).
 */
export function SnapshotLink({ regionId, snapshot }: { regionId: string; snapshot: Snapshot }) {
  const { t } = useTranslation();
  return (
    <Link
      component={RouterLink}
      to={snapshotsPath(regionId, { diskId: snapshot.sourceDiskId })}
      title={t('imageActions.snapshotsLinkLabel', { diskId: snapshot.sourceDiskId })}
      sx={{ fontFamily: 'monospace' }}
    >
      {snapshot.snapshotId}
    </Link>
  );
}
