import { queryOptions, type Query } from '@tanstack/react-query';
import { exportImageResultSchema, taskSchema, type ExportImageBody, type Task } from '../../../../contract';
import { apiGet, apiPath, apiPost } from '../../../api/http';
import type { StatusEntry } from '../../../ui/status';
import { POLL_INTERVAL_MS } from '../api';

export function exportImage(regionId: string, imageId: string, body: ExportImageBody) {
  return apiPost(apiPath(['regions', regionId, 'images', imageId, 'export']), exportImageResultSchema, body);
}

/**
 * ECS task states (DescribeTasks) in the console's status vocabulary. Kept beside the export,
 * the only feature that follows tasks so far; it moves to ui/status.ts when a second one does.
 */
export const taskStatusTable: Record<Task['taskStatus'], StatusEntry> = {
  Waiting: { labelKey: 'imageActions.task.Waiting', tone: 'pending', terminal: false },
  Processing: { labelKey: 'imageActions.task.Processing', tone: 'pending', terminal: false },
  Paused: { labelKey: 'imageActions.task.Paused', tone: 'warning', terminal: false },
  Finished: { labelKey: 'imageActions.task.Finished', tone: 'success', terminal: true },
  Failed: { labelKey: 'imageActions.task.Failed', tone: 'error', terminal: true },
  Cancelled: { labelKey: 'imageActions.task.Cancelled', tone: 'stopped', terminal: true },
  Deleted: { labelKey: 'imageActions.task.Deleted', tone: 'stopped', terminal: true },
};

export const taskKeys = {
  detail: (regionId: string, taskId: string) => ['tasks', regionId, taskId] as const,
};

/** One task, polled until it reaches a terminal state (Finished, Failed, ...). */
export function taskQuery(regionId: string, taskId: string) {
  return queryOptions({
    queryKey: taskKeys.detail(regionId, taskId),
    queryFn: () => apiGet(apiPath(['regions', regionId, 'tasks', taskId]), taskSchema),
    refetchInterval: (query: Query<Task, Error>) => {
      const task = query.state.data;
      return task && taskStatusTable[task.taskStatus].terminal ? false : POLL_INTERVAL_MS;
    },
  });
}
