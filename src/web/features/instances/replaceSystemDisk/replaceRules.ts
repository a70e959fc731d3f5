import { passwordProblem, type Image } from '../../../../contract';

export const SYSTEM_DISK_MAX_GIB = 2048;
const SYSTEM_DISK_MIN_GIB = 20;

/**
 * ECS refuses (OperationDenied) to put a custom image with data disks on a system disk: it holds
 * only the system disk. Such images are shown but cannot be chosen.
 */
export const containsDataDisks = (image: Image) => image.diskDeviceMappings.some((m) => m.type === 'data');

/** The new system disk can be no smaller than the image's system snapshot nor the current disk. */
export function replaceMinGiB(image: Image | undefined, currentGiB: number): number {
  const system = image?.diskDeviceMappings.find((m) => m.type === 'system')?.sizeGiB ?? image?.sizeGiB ?? 0;
  return Math.max(SYSTEM_DISK_MIN_GIB, system, currentGiB);
}

export interface ReplaceValues {
  imageId: string;
  size: string;
  credential: 'password' | 'keyPair';
  password: string;
  confirmPassword: string;
  keyPairName: string;
}

export type ReplaceField = 'imageId' | 'size' | 'password' | 'confirmPassword' | 'keyPairName';
export interface ReplaceProblem {
  key: string;
  values?: Record<string, number>;
}

/** Every rule of the dialog by field; the BFF checks the image and the size again. */
export function replaceProblems(values: ReplaceValues, image: Image | undefined, currentGiB: number): Partial<Record<ReplaceField, ReplaceProblem>> {
  const problems: Partial<Record<ReplaceField, ReplaceProblem>> = {};
  if (!image) problems.imageId = { key: 'launch.replace.chooseImage' };
  else if (containsDataDisks(image)) problems.imageId = { key: 'launch.replace.containsDataDisks' };
  const min = replaceMinGiB(image, currentGiB);
  const size = /^\d+$/.test(values.size.trim()) ? Number(values.size) : null;
  if (size === null) problems.size = { key: 'launch.problems.wholeNumber' };
  else if (size < min) problems.size = { key: 'launch.problems.systemDiskTooSmall', values: { min } };
  else if (size > SYSTEM_DISK_MAX_GIB) problems.size = { key: 'launch.problems.systemDiskTooLarge', values: { max: SYSTEM_DISK_MAX_GIB } };
  if (values.credential === 'password') {
    const problem = passwordProblem(values.password);
    if (problem) problems.password = { key: `rules.password.${problem}` };
    else if (values.confirmPassword !== values.password) problems.confirmPassword = { key: 'launch.problems.passwordMismatch' };
  } else if (!values.keyPairName) problems.keyPairName = { key: 'launch.problems.keyPair' };
  return problems;
}
