import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../../contract';
import { formatDateTime, memoryGiB } from './instanceFormat';
import { isSubscriptionExpired } from './rowActionRules';

/** Cells with two lines: the main fact, then a quieter detail (as in the ECS console). */
function TwoLines({ first, second, mono }: { first: string; second?: string; mono?: boolean }) {
  return (
    <>
      <Typography variant="body2" sx={mono ? { fontFamily: 'monospace', whiteSpace: 'nowrap' } : undefined}>
        {first}
      </Typography>
      {second ? (
        <Typography variant="body2" color="text.secondary">
          {second}
        </Typography>
      ) : null}
    </>
  );
}

export function IdNameCell({ instance }: { instance: Instance }) {
  return <TwoLines first={instance.instanceId} second={instance.instanceName} mono />;
}

export function IpAddressCell({ instance }: { instance: Instance }) {
  const { t } = useTranslation();
  const lines = [
    ...instance.publicIpAddresses.map((ip) => t('instances.ip.public', { ip })),
    ...instance.privateIpAddresses.map((ip) => t('instances.ip.private', { ip })),
  ];
  if (lines.length === 0) return <Typography variant="body2">{t('instances.ip.none')}</Typography>;
  return (
    <Box>
      {lines.map((line) => (
        <Typography key={line} variant="body2" sx={{ whiteSpace: 'nowrap' }}>
          {line}
        </Typography>
      ))}
    </Box>
  );
}

export function ConfigurationCell({ instance }: { instance: Instance }) {
  const { t } = useTranslation();
  const summary = t('instances.configuration.summary', { cpu: instance.cpu, memory: memoryGiB(instance.memoryMiB) });
  return <TwoLines first={summary} second={instance.instanceType} />;
}

export function BillingMethodCell({ instance, now }: { instance: Instance; now: number }) {
  const { t } = useTranslation();
  const method = t(`instances.billing.${instance.chargeType}`);
  if (instance.chargeType !== 'PrePaid' || !instance.expiredTime) return <TwoLines first={method} />;
  if (isSubscriptionExpired(instance, now)) {
    return (
      <>
        <Typography variant="body2">{method}</Typography>
        <Typography variant="body2" color="error.dark" sx={{ fontWeight: 600 }}>
          {t('instances.billing.expired')}
        </Typography>
      </>
    );
  }
  return <TwoLines first={method} second={t('instances.billing.expiresAt', { time: formatDateTime(instance.expiredTime) })} />;
}
