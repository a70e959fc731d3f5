import type { TaskRecord } from '../model';
import { formatMinute } from '../time';

export type TaskStatus = 'Processing' | 'Finished' | 'Failed';

export function taskStatusAt(task: TaskRecord, now: number): TaskStatus {
  return now >= task.creationTime + task.durationMs ? task.outcome : 'Processing';
}

/** 0-100: how far along a task is (DescribeTaskAttribute TaskProcess). */
export function taskProgressAt(task: TaskRecord, now: number): number {
  if (taskStatusAt(task, now) !== 'Processing') return 100;
  return Math.min(99, Math.floor(((now - task.creationTime) / task.durationMs) * 100));
}

/** One `TaskSet.Task[]` entry of DescribeTasks: times to the minute, as ECS's samples show. */
export function presentTask(task: TaskRecord, now: number): Record<string, unknown> {
  const status = taskStatusAt(task, now);
  return {
    TaskId: task.taskId,
    TaskAction: task.taskAction,
    TaskStatus: status,
    ResourceId: task.resourceId,
    SupportCancel: 'false',
    CreationTime: formatMinute(task.creationTime),
    FinishedTime: status === 'Processing' ? '' : formatMinute(task.creationTime + task.durationMs),
  };
}
