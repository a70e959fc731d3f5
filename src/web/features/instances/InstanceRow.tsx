import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ImageBuild, Instance } from '../../../contract';
import { InstanceActionsMenu } from './InstanceActionsMenu';
import { ManageInstanceLink } from './detail/InstanceLinks';
import { BillingMethodCell, ConfigurationCell, IdNameCell, IpAddressCell } from './InstanceCells';
import { InstanceStatusCell } from './InstanceStatusCell';

/** One instance, in the column order of InstanceTable's header. */
export function InstanceRow({
  regionId,
  instance,
  build,
  now,
}: {
  regionId: string;
  instance: Instance;
  build: ImageBuild | undefined;
  now: number;
}) {
  return (
    <TableRow hover sx={{ verticalAlign: 'top' }}>
      <TableCell>
        <IdNameCell instance={instance} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{instance.zoneId}</TableCell>
      <TableCell>
        <IpAddressCell instance={instance} />
      </TableCell>
      <TableCell>
        <InstanceStatusCell regionId={regionId} status={instance.status} build={build} />
      </TableCell>
      <TableCell>
        <ConfigurationCell instance={instance} />
      </TableCell>
      <TableCell>
        <BillingMethodCell instance={instance} now={now} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <ManageInstanceLink regionId={regionId} instance={instance} />
        <InstanceActionsMenu regionId={regionId} instance={instance} build={build} now={now} />
      </TableCell>
    </TableRow>
  );
}
