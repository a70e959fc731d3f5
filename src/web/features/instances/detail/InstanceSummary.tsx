import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../../../contract';
import { DescriptionList } from '../../../ui/DescriptionList';
import { StatusIndicator } from '../../../ui/StatusIndicator';
import { instanceStatusTable } from '../../../ui/status';
import { BillingMethodCell } from '../InstanceCells';
import { formatDateTime, memoryGiB } from '../instanceFormat';

/** The instance's facts as ECS reports them, as a description list. */
export function InstanceSummary({ instance, now }: { instance: Instance; now: number }) {
  const { t } = useTranslation();
  const none = (
    <Typography component="span" variant="body2" color="text.secondary">
      {t('launch.detail.none')}
    </Typography>
  );
  const list = (items: readonly string[]) => (items.length === 0 ? none : items.join(', '));
  const mono = (text: string) => (
    <Box component="span" sx={{ fontFamily: 'monospace' }}>
      {text}
    </Box>
  );
  const locks = instance.lockReasons.map((reason) =>
    reason === 'security' || reason === 'financial' ? t(`launch.detail.lock.${reason}`) : t('launch.detail.lock.other', { reason }),
  );
  const rows: [string, ReactNode][] = [
    ['instanceId', mono(instance.instanceId)],
    ['instanceName', instance.instanceName || none],
    ['status', <StatusIndicator entry={instanceStatusTable[instance.status]} />],
    ['zone', instance.zoneId],
    ['instanceType', instance.instanceType],
    ['configuration', t('instances.configuration.summary', { cpu: instance.cpu, memory: memoryGiB(instance.memoryMiB) })],
    ['os', instance.osName || none],
    ['publicIp', list(instance.publicIpAddresses)],
    ['privateIp', list(instance.privateIpAddresses)],
    ['billing', <BillingMethodCell instance={instance} now={now} />],
    ['imageId', mono(instance.imageId)],
    ['locks', list(locks)],
    ['creationTime', <time dateTime={instance.creationTime}>{formatDateTime(instance.creationTime)}</time>],
  ];
  return <DescriptionList rows={rows.map(([field, value]) => [t(`launch.detail.fields.${field}`), value] as const)} />;
}
