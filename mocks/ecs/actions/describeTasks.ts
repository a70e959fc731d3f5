import { invalidParameter } from '../errors';
import { requireRegion } from '../lookup';
import type { TaskRecord } from '../model';
import { byCreationDesc } from '../order';
import { paginate } from '../paging';
import { commaList, oneOf, optional, required } from '../params';
import { presentTask, taskProgressAt, taskStatusAt } from '../present/task';
import { formatMinute } from '../time';
import { EcsError, type EcsParams } from '../types';
import type { ModelAction } from './action';

const TASK_ACTIONS = ['ImportImage', 'ExportImage', 'RedeployInstance', 'ModifyDiskSpec', 'ArchiveSnapshot'] as const;
const TASK_STATUSES = ['Finished', 'Processing', 'Failed', 'Waiting', 'Deleted', 'Paused', 'Cancelled'] as const;

function instant(params: EcsParams, name: string): number | undefined {
  const value = optional(params, name);
  if (value === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw invalidParameter(name);
  return ms;
}

/** `ResourceIds.N`, N 1-100. */
function resourceIds(params: EcsParams): string[] | undefined {
  const ids = Object.entries(params)
    .filter(([name, value]) => /^ResourceIds\.\d+$/.test(name) && value !== '')
    .map(([, value]) => value);
  if (ids.length > 100) throw invalidParameter('ResourceIds');
  return ids.length === 0 ? undefined : ids;
}

/**
 * DescribeTasks (ecs-reference §2.13): TaskIds (comma list, at most 100), TaskAction, TaskStatus,
 * ResourceIds.N, StartTime/EndTime (creation time); newest first; PageNumber/PageSize.
 */
export const describeTasks: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const now = model.clock.now();
  const filters: ((task: TaskRecord) => boolean)[] = [];
  const taskIds = commaList(params, 'TaskIds');
  if (taskIds) {
    if (taskIds.length > 100) throw invalidParameter('TaskIds');
    filters.push((task) => taskIds.includes(task.taskId));
  }
  const action = optional(params, 'TaskAction');
  if (action !== undefined) {
    oneOf(action, TASK_ACTIONS, () => invalidParameter('TaskAction'));
    filters.push((task) => task.taskAction === action);
  }
  const status = optional(params, 'TaskStatus');
  if (status !== undefined) {
    oneOf(status, TASK_STATUSES, () => invalidParameter('TaskStatus'));
    filters.push((task) => taskStatusAt(task, now) === status);
  }
  const resources = resourceIds(params);
  if (resources) filters.push((task) => resources.includes(task.resourceId));
  const start = instant(params, 'StartTime');
  if (start !== undefined) filters.push((task) => task.creationTime >= start);
  const end = instant(params, 'EndTime');
  if (end !== undefined) filters.push((task) => task.creationTime <= end);

  const matching = region.tasks.filter((task) => filters.every((filter) => filter(task))).sort(byCreationDesc((task) => task.taskId));
  const page = paginate(matching, params, { kind: 'DescribeTasks', maxResults: 0 });
  return { RegionId: region.regionId, ...page.fields, TaskSet: { Task: page.items.map((task) => presentTask(task, now)) } };
};

/** DescribeTaskAttribute: one task with its progress (`TaskProcess`, "45%"). */
export const describeTaskAttribute: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const taskId = required(params, 'TaskId');
  const task = region.tasks.find((candidate) => candidate.taskId === taskId);
  if (!task) throw new EcsError(404, 'InvalidTaskId.NotFound', 'The specified taskId does not exist.');
  const now = model.clock.now();
  const status = taskStatusAt(task, now);
  return {
    RegionId: region.regionId,
    TaskId: task.taskId,
    TaskAction: task.taskAction,
    TaskStatus: status,
    TaskProcess: `${taskProgressAt(task, now)}%`,
    SupportCancel: 'false',
    TotalCount: 1,
    SuccessCount: status === 'Finished' ? 1 : 0,
    FailedCount: status === 'Failed' ? 1 : 0,
    CreationTime: formatMinute(task.creationTime),
    FinishedTime: status === 'Processing' ? '' : formatMinute(task.creationTime + task.durationMs),
    OperationProgressSet: { OperationProgress: [] },
  };
};
