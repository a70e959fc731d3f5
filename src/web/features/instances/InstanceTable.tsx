import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { ImageBuild, Instance } from '../../../contract';
import { InstanceRow } from './InstanceRow';

const columns = ['idName', 'zone', 'ipAddress', 'status', 'configuration', 'billingMethod', 'actions'] as const;

/** One page of instances; `builds` are the images being made, at most one shown per instance. */
export function InstanceTable({
  regionId,
  instances,
  builds,
  now,
}: {
  regionId: string;
  instances: readonly Instance[];
  builds: readonly ImageBuild[];
  now: number;
}) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('instances.tableLabel')}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column}>{t(`instances.columns.${column}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {instances.map((instance) => (
            <InstanceRow
              key={instance.instanceId}
              regionId={regionId}
              instance={instance}
              build={builds.find((build) => build.instanceId === instance.instanceId)}
              now={now}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
