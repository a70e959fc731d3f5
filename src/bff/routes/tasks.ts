import { z } from 'zod';
import { regionParamsSchema, type Task } from '../../contract';
import { EcsCallError } from '../ecs/port';
import { apiError } from '../errors';
import { parseInput } from '../validation';
import type { RouteContext } from './types';

const taskParamsSchema = regionParamsSchema.extend({
  taskId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, 'Use a task ID such as t-bp1abc....'),
});

/**
 * GET .../tasks/:taskId: an export task, followed until Finished or Failed. DescribeTasks gives its
 * status and image; while it is Processing, DescribeTaskAttribute adds the progress (one more call).
 */
export function registerTaskRoutes({ app, ecs }: RouteContext): void {
  app.get('/api/regions/:regionId/tasks/:taskId', async (request): Promise<Task> => {
    const { regionId, taskId } = parseInput(taskParamsSchema, request.params, 'path');
    const task = (await ecs.describeTasks(regionId, { taskIds: [taskId] })).find((t) => t.taskId === taskId);
    if (!task) throw apiError(404, 'NotFound', `There is no task ${taskId} in region ${regionId}.`);
    if (task.taskStatus !== 'Processing') return task;
    try {
      return { ...task, progress: await ecs.describeTaskProgress(regionId, taskId) };
    } catch (error) {
      // The status is what matters; a progress ECS will not give is shown as not known yet (0).
      if (error instanceof EcsCallError) return task;
      throw error;
    }
  });
}
