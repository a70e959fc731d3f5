/**
 * ECS rules for what is done with a custom image once it exists (ecs-reference §2.5, §2.10-2.12,
 * §3.6), written once: the dialogs check them as the user types, the BFF before calling ECS.
 * Each check returns a problem code or null; English messages below, web i18n under `rules.*`.
 */

export const MAX_DATA_DISKS = 16;
export const EMPTY_DATA_DISK_MIN_GIB = 20;
export const EMPTY_DATA_DISK_MAX_GIB = 32768;
export const DEFAULT_EMPTY_DATA_DISK_GIB = 20;
export const EXPORT_MAX_DATA_DISKS = 4;
export const EXPORT_MAX_DATA_DISK_GIB = 500;
export const EXPORT_FORMATS = ['raw', 'vhd', 'qcow2', 'vmdk', 'vdi'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const SYSTEM_DEVICE = '/dev/xvda';
/** Data disk devices in mount order: /dev/xvdb ... /dev/xvdz. */
export const DATA_DEVICES = Array.from({ length: 25 }, (_, i) => `/dev/xvd${String.fromCharCode(98 + i)}`);

export type DataDiskProblem = 'tooMany' | 'sizeTooSmall' | 'sizeTooLarge' | 'sizeBelowSnapshot' | 'badDevice' | 'duplicateDevice';

export interface DataDiskInput {
  snapshotId?: string;
  /** Snapshot's size when a snapshot is chosen (known to the dialog; the BFF looks it up). */
  snapshotSizeGiB?: number;
  sizeGiB?: number;
  device?: string;
}

/** Problems of the data-disk rows of a create-from-snapshot request, by row index. */
export function dataDiskProblems(disks: readonly DataDiskInput[]): { index: number; problem: DataDiskProblem }[] {
  const problems: { index: number; problem: DataDiskProblem }[] = [];
  if (disks.length > MAX_DATA_DISKS) problems.push({ index: MAX_DATA_DISKS, problem: 'tooMany' });
  const devices = new Set<string>();
  disks.forEach((disk, index) => {
    if (disk.device !== undefined && disk.device !== '') {
      if (!DATA_DEVICES.includes(disk.device)) problems.push({ index, problem: 'badDevice' });
      else if (devices.has(disk.device)) problems.push({ index, problem: 'duplicateDevice' });
      devices.add(disk.device);
    }
    if (disk.sizeGiB === undefined) return;
    if (disk.snapshotId) {
      if (disk.snapshotSizeGiB !== undefined && disk.sizeGiB < disk.snapshotSizeGiB) problems.push({ index, problem: 'sizeBelowSnapshot' });
      else if (disk.sizeGiB > EMPTY_DATA_DISK_MAX_GIB) problems.push({ index, problem: 'sizeTooLarge' });
    } else if (disk.sizeGiB < EMPTY_DATA_DISK_MIN_GIB) problems.push({ index, problem: 'sizeTooSmall' });
    else if (disk.sizeGiB > EMPTY_DATA_DISK_MAX_GIB) problems.push({ index, problem: 'sizeTooLarge' });
  });
  return problems;
}

export type OssBucketProblem = 'required' | 'badFormat';
/** OSS bucket names: 3-63 chars, lowercase letters, digits and hyphens, not starting/ending with a hyphen. */
export function ossBucketProblem(bucket: string): OssBucketProblem | null {
  if (bucket.length === 0) return 'required';
  return /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(bucket) ? null : 'badFormat';
}

export type OssPrefixProblem = 'badFormat';
/** ExportImage OSSPrefix: optional, 1-30 letters and digits. */
export function ossPrefixProblem(prefix: string): OssPrefixProblem | null {
  if (prefix.length === 0) return null;
  return /^[A-Za-z0-9]{1,30}$/.test(prefix) ? null : 'badFormat';
}

export type ExportProblem = 'notAvailable' | 'tooManyDataDisks' | 'dataDiskTooLarge';
/** Why an image cannot be exported, from its status and disk mappings; null when it can. */
export function exportProblem(image: { status: string; diskDeviceMappings: readonly { type: string; sizeGiB: number }[] }): ExportProblem | null {
  if (image.status !== 'Available') return 'notAvailable';
  const data = image.diskDeviceMappings.filter((mapping) => mapping.type === 'data');
  if (data.length > EXPORT_MAX_DATA_DISKS) return 'tooManyDataDisks';
  if (data.some((mapping) => mapping.sizeGiB > EXPORT_MAX_DATA_DISK_GIB)) return 'dataDiskTooLarge';
  return null;
}

export type InstanceNameProblem = 'tooShort' | 'tooLong' | 'badFirstChar' | 'badChars' | 'urlPrefix';
/** RunInstances InstanceName: optional; 2-128 chars, starts with a letter, letters/digits/:_.- ([] , for sequences). */
export function instanceNameProblem(name: string): InstanceNameProblem | null {
  if (name.length === 0) return null;
  if (/^https?:\/\//i.test(name)) return 'urlPrefix';
  if (!/^[\p{L}]/u.test(name)) return 'badFirstChar';
  if (!/^[\p{L}\p{N}:_.\-[\],]*$/u.test(name)) return 'badChars';
  const length = [...name].length;
  if (length < 2) return 'tooShort';
  if (length > 128) return 'tooLong';
  return null;
}

export type PasswordProblem = 'length' | 'classes' | 'badChars';
/** Instance password: 8-30 chars, at least three of: lowercase, uppercase, digits, special ()`~!@#$%^&*-_+=|{}[]:;'<>,.?/ */
export function passwordProblem(password: string): PasswordProblem | null {
  if (password.length < 8 || password.length > 30) return 'length';
  if (!/^[A-Za-z0-9()`~!@#$%^&*\-_+=|{}[\]:;'<>,.?/]+$/.test(password)) return 'badChars';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3 ? null : 'classes';
}

export const IMAGE_LIFE_MESSAGES_EN = {
  dataDisk: {
    tooMany: `An image can have at most ${MAX_DATA_DISKS} data disks.`,
    sizeTooSmall: `An empty data disk must be ${EMPTY_DATA_DISK_MIN_GIB} to ${EMPTY_DATA_DISK_MAX_GIB} GiB.`,
    sizeTooLarge: `A data disk can be at most ${EMPTY_DATA_DISK_MAX_GIB} GiB.`,
    sizeBelowSnapshot: 'A data disk cannot be smaller than its snapshot.',
    badDevice: 'Use a data disk device from /dev/xvdb to /dev/xvdz.',
    duplicateDevice: 'Each device can be used by only one data disk.',
  },
  ossBucket: {
    required: 'Enter the OSS bucket to export to.',
    badFormat: 'A bucket name is 3 to 63 lowercase letters, digits and hyphens, and cannot start or end with a hyphen.',
  },
  ossPrefix: { badFormat: 'The prefix can be 1 to 30 letters and digits.' },
  export: {
    notAvailable: 'Only Available images can be exported.',
    tooManyDataDisks: `An image with more than ${EXPORT_MAX_DATA_DISKS} data disks cannot be exported.`,
    dataDiskTooLarge: `An image with a data disk larger than ${EXPORT_MAX_DATA_DISK_GIB} GiB cannot be exported.`,
  },
  instanceName: {
    tooShort: 'The instance name must be 2 to 128 characters long.',
    tooLong: 'The instance name must be 2 to 128 characters long.',
    badFirstChar: 'The instance name must start with a letter.',
    badChars: 'The instance name can contain letters, digits, colons (:), underscores (_), periods (.) and hyphens (-).',
    urlPrefix: 'The instance name cannot start with http:// or https://.',
  },
  password: {
    length: 'The password must be 8 to 30 characters long.',
    classes: 'The password must contain at least three of: lowercase letters, uppercase letters, digits, special characters.',
    badChars: 'The password contains a character that is not allowed.',
  },
} as const;
