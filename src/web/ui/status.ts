import type { ImageStatus, InstanceStatus, SnapshotStatus } from '../../contract';

/**
 * The one status table: every ECS state the console shows -> i18n label key, colour, and whether
 * it is terminal (polling stops there). StatusIndicator pairs the colour with an icon and the
 * label, so colour is never the only signal.
 */
export type StatusTone = 'success' | 'error' | 'warning' | 'info' | 'stopped' | 'pending';

export interface StatusEntry {
  labelKey: string;
  tone: StatusTone;
  terminal: boolean;
}

export const instanceStatusTable: Record<InstanceStatus, StatusEntry> = {
  Pending: { labelKey: 'status.instance.Pending', tone: 'pending', terminal: false },
  Starting: { labelKey: 'status.instance.Starting', tone: 'pending', terminal: false },
  Running: { labelKey: 'status.instance.Running', tone: 'success', terminal: true },
  Stopping: { labelKey: 'status.instance.Stopping', tone: 'pending', terminal: false },
  Stopped: { labelKey: 'status.instance.Stopped', tone: 'stopped', terminal: true },
};

export const imageStatusTable: Record<ImageStatus, StatusEntry> = {
  Creating: { labelKey: 'status.image.Creating', tone: 'pending', terminal: false },
  Waiting: { labelKey: 'status.image.Waiting', tone: 'pending', terminal: false },
  Available: { labelKey: 'status.image.Available', tone: 'success', terminal: true },
  UnAvailable: { labelKey: 'status.image.UnAvailable', tone: 'warning', terminal: true },
  CreateFailed: { labelKey: 'status.image.CreateFailed', tone: 'error', terminal: true },
  Deprecated: { labelKey: 'status.image.Deprecated', tone: 'stopped', terminal: true },
};

export const snapshotStatusTable: Record<SnapshotStatus, StatusEntry> = {
  progressing: { labelKey: 'status.snapshot.progressing', tone: 'pending', terminal: false },
  accomplished: { labelKey: 'status.snapshot.accomplished', tone: 'success', terminal: true },
  failed: { labelKey: 'status.snapshot.failed', tone: 'error', terminal: true },
};

export const isTerminalImageStatus = (status: ImageStatus) => imageStatusTable[status].terminal;
export const isTerminalInstanceStatus = (status: InstanceStatus) => instanceStatusTable[status].terminal;
export const isTerminalSnapshotStatus = (status: SnapshotStatus) => snapshotStatusTable[status].terminal;
