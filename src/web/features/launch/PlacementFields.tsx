import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NetworkOptions, Zone } from '../../../contract';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { memoryGiB } from '../instances/instanceFormat';
import { instanceTypesQuery } from './api';
import { SelectField } from './FormFields';
import type { LaunchForm } from './useLaunchForm';

/** Zone, instance type (offered in that zone), vSwitch (of that zone) and security group (same VPC). */
export function PlacementFields({
  regionId,
  zones,
  network,
  form,
}: {
  regionId: string;
  zones: readonly Zone[];
  network: NetworkOptions;
  form: LaunchForm;
}) {
  const { t } = useTranslation();
  const { values } = form;
  const types = useQuery(instanceTypesQuery(regionId, values.zoneId));
  const vSwitch = network.vSwitches.find((v) => v.vSwitchId === values.vSwitchId);
  const zoneVSwitches = network.vSwitches.filter((v) => v.zoneId === values.zoneId);
  const vpcGroups = network.securityGroups.filter((g) => g.vpcId === vSwitch?.vpcId);

  return (
    <Stack spacing={2}>
      <SelectField
        label={t('launch.fields.zone')}
        value={values.zoneId}
        options={zones.map((zone) => ({ value: zone.zoneId, label: `${zone.localName} (${zone.zoneId})` }))}
        onChange={form.setZone}
        problem={form.problem('zoneId')}
      />
      {types.isError ? <ErrorAlert error={types.error} onRetry={() => void types.refetch()} /> : null}
      <SelectField
        label={t('launch.fields.instanceType')}
        value={values.instanceType}
        disabled={!types.data}
        options={(types.data?.instanceTypes ?? []).map((type) => ({
          value: type.instanceTypeId,
          label: t('launch.fields.typeOption', { type: type.instanceTypeId, cpu: type.cpu, memory: memoryGiB(type.memoryGiB * 1024) }),
        }))}
        onChange={(value) => form.set('instanceType', value)}
        problem={form.problem('instanceType')}
      />
      <SelectField
        label={t('launch.fields.vSwitch')}
        value={values.vSwitchId}
        options={zoneVSwitches.map((v) => ({
          value: v.vSwitchId,
          label: t('launch.fields.vSwitchOption', { name: v.vSwitchName || v.vSwitchId, id: v.vSwitchId, cidr: v.cidrBlock }),
        }))}
        onChange={form.setVSwitch}
        problem={form.problem('vSwitchId')}
        hint={zoneVSwitches.length === 0 ? t('launch.fields.noVSwitchInZone') : vSwitch?.vpcId}
      />
      <SelectField
        label={t('launch.fields.securityGroup')}
        value={values.securityGroupId}
        options={vpcGroups.map((g) => ({
          value: g.securityGroupId,
          label: t('launch.fields.securityGroupOption', { name: g.securityGroupName || g.securityGroupId, id: g.securityGroupId }),
        }))}
        onChange={(value) => form.set('securityGroupId', value)}
        problem={form.problem('securityGroupId')}
      />
    </Stack>
  );
}
