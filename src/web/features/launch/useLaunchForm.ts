import { useMemo, useState } from 'react';
import type { Image, NetworkOptions } from '../../../contract';
import {
  groupForVpc,
  initialLaunchValues,
  launchProblems,
  networkForZone,
  type LaunchField,
  type LaunchValues,
  type Problem,
} from './launchRules';

/**
 * The Create Instance form's state. Rules run on every change; a field shows its problem once
 * the user has changed it (so a name is checked as it is typed) or has pressed Create.
 */
export function useLaunchForm(image: Image, zoneIds: readonly string[], network: NetworkOptions) {
  const [values, setValues] = useState<LaunchValues>(() => initialLaunchValues(image, zoneIds, network));
  const [touched, setTouched] = useState<ReadonlySet<LaunchField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const problems = useMemo(() => launchProblems(values, image, network), [values, image, network]);

  const touch = (field: LaunchField) => setTouched((previous) => new Set(previous).add(field));
  const set = <K extends Exclude<keyof LaunchValues, 'dataDiskSizes'>>(field: K, value: LaunchValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (field !== 'credential') touch(field as LaunchField);
  };

  return {
    values,
    set,
    setZone: (zoneId: string) => {
      setValues((previous) => ({ ...previous, zoneId, ...networkForZone(zoneId, network, previous.securityGroupId) }));
      touch('zoneId');
    },
    setVSwitch: (vSwitchId: string) => {
      const vpcId = network.vSwitches.find((v) => v.vSwitchId === vSwitchId)?.vpcId;
      setValues((previous) => ({ ...previous, vSwitchId, securityGroupId: groupForVpc(vpcId, network, previous.securityGroupId) }));
      touch('vSwitchId');
    },
    setDataDiskSize: (device: string, size: string) => {
      setValues((previous) => ({ ...previous, dataDiskSizes: { ...previous.dataDiskSizes, [device]: size } }));
      touch(`dataDisk:${device}`);
    },
    /** The problem to show under a field now, if any. */
    problem: (field: LaunchField): Problem | undefined => (submitted || touched.has(field) ? problems[field] : undefined),
    /** Marks every field as shown; true when nothing stops the request. */
    attemptSubmit: () => {
      setSubmitted(true);
      return Object.keys(problems).length === 0;
    },
  };
}

export type LaunchForm = ReturnType<typeof useLaunchForm>;
