import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { SnapshotRow } from '../../../contract';
import { StatusIndicator } from '../../ui/StatusIndicator';
import { isTerminalSnapshotStatus, snapshotStatusTable } from '../../ui/status';
import { imagePath } from '../images/list/ImagesTable';
import { ProgressBar } from '../images/shared/ProgressBar';
import { formatDateTime } from '../images/shared/format';
import { createImageProblem, instancesPathFor } from './snapshotRules';
import { useCan } from '../session/useCan';

const mono = { fontFamily: 'monospace' } as const;

/** One page of snapshots; each row links to its instance and images, and offers Create Custom Image. */
export function SnapshotsTable({
  regionId,
  snapshots,
  onCreateImage,
}: {
  regionId: string;
  snapshots: readonly SnapshotRow[];
  onCreateImage: (snapshot: SnapshotRow) => void;
}) {
  const { t } = useTranslation();
  const columns = ['idName', 'sourceDisk', 'sourceInstance', 'usage', 'status', 'progress', 'creationTime', 'actions'];
  return (
    <Table size="small" aria-label={t('snapshots.list.tableLabel')}>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column}>{t(`snapshots.list.columns.${column}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {snapshots.map((snapshot) => (
          <SnapshotTableRow key={snapshot.snapshotId} regionId={regionId} snapshot={snapshot} onCreateImage={onCreateImage} />
        ))}
      </TableBody>
    </Table>
  );
}

function SnapshotTableRow({
  regionId,
  snapshot,
  onCreateImage,
}: {
  regionId: string;
  snapshot: SnapshotRow;
  onCreateImage: (snapshot: SnapshotRow) => void;
}) {
  const { t } = useTranslation();
  // A viewer's reason comes first (features/session); the BFF refuses them too (403).
  const can = useCan('operate');
  const ruleProblem = createImageProblem(snapshot);
  const problem = can.allowed ? (ruleProblem ? `snapshots.list.${ruleProblem}` : null) : can.reasonKey;
  const reasonId = `create-image-reason-${snapshot.snapshotId}`;
  return (
    <TableRow hover>
      <TableCell>
        <Box sx={mono}>{snapshot.snapshotId}</Box>
        {snapshot.snapshotName ? (
          <Typography variant="body2" color="text.secondary">
            {snapshot.snapshotName}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        <div>{t(`images.diskType.${snapshot.sourceDiskType}`)}</div>
        <Typography variant="body2" color="text.secondary">
          {t('snapshots.list.diskSize', { size: snapshot.sourceDiskSizeGiB })} · <Box component="span" sx={mono}>{snapshot.sourceDiskId}</Box>
        </Typography>
      </TableCell>
      <TableCell>
        {snapshot.sourceInstanceId ? (
          <Link component={RouterLink} to={instancesPathFor(regionId, snapshot.sourceInstanceId)} sx={mono}>
            {snapshot.sourceInstanceId}
          </Link>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('snapshots.list.noInstance')}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <div>{t(`snapshots.usage.${snapshot.usage}`)}</div>
        {snapshot.imageIds.map((imageId) => (
          <Link key={imageId} component={RouterLink} to={imagePath(regionId, imageId)} variant="body2" sx={{ display: 'block' }}>
            {t('snapshots.list.imageLink', { id: imageId })}
          </Link>
        ))}
      </TableCell>
      <TableCell>
        <StatusIndicator entry={snapshotStatusTable[snapshot.status]} />
      </TableCell>
      <TableCell>
        {isTerminalSnapshotStatus(snapshot.status) ? (
          <Typography variant="body2" component="span">
            {Math.round(snapshot.status === 'accomplished' ? 100 : snapshot.progress)}%
          </Typography>
        ) : (
          <ProgressBar value={snapshot.progress} label={t('snapshots.list.progressLabel', { id: snapshot.snapshotId })} />
        )}
      </TableCell>
      <TableCell>
        <time dateTime={snapshot.creationTime}>{formatDateTime(snapshot.creationTime)}</time>
      </TableCell>
      <TableCell>
        <Button
          size="small"
          disabled={problem !== null}
          aria-describedby={problem ? reasonId : undefined}
          onClick={() => onCreateImage(snapshot)}
        >
          {t('snapshots.list.createImage')}
        </Button>
        {problem ? (
          <Typography id={reasonId} variant="caption" color="text.secondary" sx={{ display: 'block', maxWidth: 220 }}>
            {t(problem)}
          </Typography>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
