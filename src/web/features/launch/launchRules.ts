import {
  EMPTY_DATA_DISK_MAX_GIB,
  instanceNameProblem,
  passwordProblem,
  type DiskDeviceMapping,
  type Image,
  type NetworkOptions,
  type RunInstancesBody,
} from '../../../contract';

/** ECS's system disk range for RunInstances (SystemDisk.Size). */
export const SYSTEM_DISK_MAX_GIB = 2048;
const SYSTEM_DISK_MIN_GIB = 20;

export type Credential = 'password' | 'keyPair';

/** What the user typed and chose; numbers stay text until they are checked. */
export interface LaunchValues {
  zoneId: string;
  instanceType: string;
  vSwitchId: string;
  securityGroupId: string;
  instanceName: string;
  credential: Credential;
  password: string;
  confirmPassword: string;
  keyPairName: string;
  amount: string;
  systemDiskSize: string;
  /** Size of each data disk of the image, by mount device. */
  dataDiskSizes: Record<string, string>;
}

export type LaunchField = Exclude<keyof LaunchValues, 'dataDiskSizes' | 'credential'> | `dataDisk:${string}`;

/** An i18n key and its values: the component translates, the rules stay plain data. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

/** The image's data disks in mount order: they come with every new instance. */
export const imageDataDisks = (image: Image): DiskDeviceMapping[] =>
  image.diskDeviceMappings.filter((m) => m.type === 'data').sort((a, b) => a.device.localeCompare(b.device));

/** The smallest system disk the image allows: its system snapshot's size (never under ECS's 20). */
export function systemDiskMinGiB(image: Image): number {
  const system = image.diskDeviceMappings.find((m) => m.type === 'system');
  return Math.max(SYSTEM_DISK_MIN_GIB, system?.sizeGiB ?? image.sizeGiB);
}

export const isWindowsImage = (image: Image) => /windows/i.test(`${image.platform} ${image.osName}`);

const wholeNumber = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** The form's first values: the first zone that has a vSwitch, its first vSwitch, a group in that VPC. */
export function initialLaunchValues(image: Image, zoneIds: readonly string[], network: NetworkOptions): LaunchValues {
  const zoneId = zoneIds[0] ?? '';
  return {
    ...networkForZone(zoneId, network, ''),
    zoneId,
    instanceType: '',
    instanceName: '',
    credential: 'password',
    password: '',
    confirmPassword: '',
    keyPairName: '',
    amount: '1',
    systemDiskSize: String(systemDiskMinGiB(image)),
    dataDiskSizes: Object.fromEntries(imageDataDisks(image).map((disk) => [disk.device, String(disk.sizeGiB)])),
  };
}

/**
 * The vSwitch follows the zone (a vSwitch belongs to one zone), and the security group follows
 * the vSwitch's VPC: the current group stays when it is in that VPC.
 */
export function networkForZone(zoneId: string, network: NetworkOptions, securityGroupId: string) {
  const vSwitch = network.vSwitches.find((v) => v.zoneId === zoneId);
  return { vSwitchId: vSwitch?.vSwitchId ?? '', securityGroupId: groupForVpc(vSwitch?.vpcId, network, securityGroupId) };
}

export function groupForVpc(vpcId: string | undefined, network: NetworkOptions, securityGroupId: string): string {
  const groups = network.securityGroups.filter((g) => g.vpcId === vpcId);
  return groups.some((g) => g.securityGroupId === securityGroupId) ? securityGroupId : (groups[0]?.securityGroupId ?? '');
}

function sizeProblem(text: string, min: number, max: number, tooSmall: string, tooLarge: string): Problem | null {
  const size = wholeNumber(text);
  if (size === null) return { key: 'launch.problems.wholeNumber' };
  if (size < min) return { key: tooSmall, values: { min } };
  if (size > max) return { key: tooLarge, values: { max } };
  return null;
}

/** Every rule of the form, by field. The BFF checks the same (contract) rules again. */
export function launchProblems(values: LaunchValues, image: Image, network: NetworkOptions): Partial<Record<LaunchField, Problem>> {
  const problems: Partial<Record<LaunchField, Problem>> = {};
  const vSwitch = network.vSwitches.find((v) => v.vSwitchId === values.vSwitchId);
  const group = network.securityGroups.find((g) => g.securityGroupId === values.securityGroupId);
  if (!values.zoneId) problems.zoneId = { key: 'launch.problems.zone' };
  if (!values.instanceType) problems.instanceType = { key: 'launch.problems.instanceType' };
  if (!vSwitch || vSwitch.zoneId !== values.zoneId) problems.vSwitchId = { key: 'launch.problems.vSwitch' };
  if (!group || (vSwitch && group.vpcId !== vSwitch.vpcId)) problems.securityGroupId = { key: 'launch.problems.securityGroup' };

  const name = instanceNameProblem(values.instanceName);
  if (name) problems.instanceName = { key: `rules.instanceName.${name}` };

  if (values.credential === 'password') {
    const password = passwordProblem(values.password);
    if (password) problems.password = { key: `rules.password.${password}` };
    else if (values.confirmPassword !== values.password) problems.confirmPassword = { key: 'launch.problems.passwordMismatch' };
  } else if (isWindowsImage(image)) problems.keyPairName = { key: 'launch.problems.keyPairWindows' };
  else if (!values.keyPairName) problems.keyPairName = { key: 'launch.problems.keyPair' };

  const amount = wholeNumber(values.amount);
  if (amount === null || amount < 1 || amount > 100) problems.amount = { key: 'launch.problems.amount' };

  const system = sizeProblem(values.systemDiskSize, systemDiskMinGiB(image), SYSTEM_DISK_MAX_GIB, 'launch.problems.systemDiskTooSmall', 'launch.problems.systemDiskTooLarge');
  if (system) problems.systemDiskSize = system;
  for (const disk of imageDataDisks(image)) {
    const text = values.dataDiskSizes[disk.device] ?? '';
    const problem = sizeProblem(text, disk.sizeGiB, EMPTY_DATA_DISK_MAX_GIB, 'launch.problems.dataDiskShrink', 'launch.problems.dataDiskTooLarge');
    if (problem) problems[`dataDisk:${disk.device}`] = problem;
  }
  return problems;
}

/** The request for checked values; one ClientToken per form opening makes a retry safe. */
export function toRunInstancesBody(values: LaunchValues, image: Image, clientToken: string): RunInstancesBody {
  const credential =
    values.credential === 'password' ? { password: values.password } : { keyPairName: values.keyPairName };
  return {
    zoneId: values.zoneId,
    instanceType: values.instanceType,
    vSwitchId: values.vSwitchId,
    securityGroupId: values.securityGroupId,
    instanceName: values.instanceName,
    ...credential,
    amount: Number(values.amount),
    systemDiskSizeGiB: Number(values.systemDiskSize),
    dataDisks: imageDataDisks(image).map((disk) => ({
      device: disk.device,
      sizeGiB: Number(values.dataDiskSizes[disk.device] ?? disk.sizeGiB),
    })),
    clientToken,
  };
}
