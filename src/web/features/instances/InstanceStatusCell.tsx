import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Trans } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import type { ImageBuild, InstanceStatus } from '../../../contract';
import { StatusIndicator } from '../../ui/StatusIndicator';
import { instanceStatusTable } from '../../ui/status';

/** The instance's status, and below it the image being built from it (a link to that image). */
export function InstanceStatusCell({
  regionId,
  status,
  build,
}: {
  regionId: string;
  status: InstanceStatus;
  build: ImageBuild | undefined;
}) {
  return (
    <>
      <StatusIndicator entry={instanceStatusTable[status]} />
      {build ? (
        <Typography variant="body2" sx={{ mt: 0.5, maxWidth: 200 }}>
          <Link component={RouterLink} to={`/regions/${encodeURIComponent(regionId)}/images/${encodeURIComponent(build.imageId)}`}>
            <Trans
              i18nKey="instances.build.creating"
              values={{ imageId: build.imageId, progress: Math.round(build.progress) }}
              components={[<Box component="span" sx={{ whiteSpace: 'nowrap' }} />]}
            />
          </Link>
        </Typography>
      ) : null}
    </>
  );
}
