import { call, makeEmulator } from '../testkit';
import { DB_MIGRATION_TEST, SNAP_WEB_SYS, WEB_PROD_BASELINE, createImageFrom, refusal } from '../testkitImageLife';
import type { Emulator } from '../types';

interface TaskWire {
  TaskId: string;
  TaskAction: string;
  TaskStatus: string;
  ResourceId: string;
  CreationTime: string;
  FinishedTime: string;
}

const exportParams = { RegionId: 'cn-hangzhou', ImageId: WEB_PROD_BASELINE, OSSBucket: 'ecs-exports', OSSPrefix: 'web2026', ImageFormat: 'qcow2' };

function exportImage(emulator: Emulator, params: Record<string, string> = {}): string {
  return call<{ TaskId: string; RegionId: string }>(emulator, 'ExportImage', { ...exportParams, ...params }).TaskId;
}

function task(emulator: Emulator, taskId: string): TaskWire {
  const [found] = call<{ TaskSet: { Task: TaskWire[] } }>(emulator, 'DescribeTasks', { RegionId: 'cn-hangzhou', TaskIds: taskId }).TaskSet.Task;
  if (!found) throw new Error(`no task ${taskId}`);
  return found;
}

describe('ExportImage and DescribeTasks', () => {
  it('exports an image with data disks: Processing for 20 s + 0.1 s/GiB (340 GiB: 54 s), then Finished', () => {
    const emulator = makeEmulator();
    const taskId = exportImage(emulator);
    expect(taskId).toMatch(/^t-bp1[a-z0-9]{17}$/);
    expect(task(emulator, taskId)).toMatchObject({ TaskAction: 'ExportImage', TaskStatus: 'Processing', ResourceId: WEB_PROD_BASELINE, FinishedTime: '' });
    emulator.clock.advance(53);
    const progress = call<{ TaskProcess: string; TaskStatus: string }>(emulator, 'DescribeTaskAttribute', { RegionId: 'cn-hangzhou', TaskId: taskId });
    expect(progress).toMatchObject({ TaskStatus: 'Processing', TaskProcess: '98%' });
    emulator.clock.advance(1);
    expect(task(emulator, taskId)).toMatchObject({ TaskStatus: 'Finished', CreationTime: '2026-01-15T02:00Z', FinishedTime: '2026-01-15T02:00Z' });
  });

  it('ends Failed when ECS cannot write to the bucket (noaccess-*)', () => {
    const emulator = makeEmulator();
    const taskId = exportImage(emulator, { OSSBucket: 'noaccess-exports' });
    emulator.clock.advance(60);
    expect(task(emulator, taskId).TaskStatus).toBe('Failed');
  });

  it('filters tasks by TaskAction, TaskStatus and ResourceIds.N, newest first, with paging', () => {
    const emulator = makeEmulator();
    const first = exportImage(emulator);
    emulator.clock.advance(60);
    const small = createImageFrom(emulator, { SnapshotId: SNAP_WEB_SYS });
    emulator.clock.advance(5);
    const second = exportImage(emulator, { ImageId: small });
    const list = (params: Record<string, string>) =>
      call<{ TotalCount: number; TaskSet: { Task: TaskWire[] } }>(emulator, 'DescribeTasks', { RegionId: 'cn-hangzhou', ...params });
    expect(list({ TaskAction: 'ExportImage' }).TaskSet.Task.map((entry) => entry.TaskId)).toEqual([second, first]);
    expect(list({ TaskStatus: 'Processing' }).TaskSet.Task.map((entry) => entry.TaskId)).toEqual([second]);
    expect(list({ 'ResourceIds.1': WEB_PROD_BASELINE }).TaskSet.Task.map((entry) => entry.TaskId)).toEqual([first]);
    expect(list({ TaskIds: `${first},${second}`, PageSize: '1', PageNumber: '2' }).TaskSet.Task.map((entry) => entry.TaskId)).toEqual([first]);
    expect(list({ TaskAction: 'ImportImage' }).TotalCount).toBe(0);
    expect(refusal(emulator, 'DescribeTasks', { RegionId: 'cn-hangzhou', TaskStatus: 'Done' }).code).toBe('InvalidParameter');
    expect(refusal(emulator, 'DescribeTaskAttribute', { RegionId: 'cn-hangzhou', TaskId: 't-bp1doesnotexist000000' })).toEqual({
      status: 404,
      code: 'InvalidTaskId.NotFound',
    });
  });

  it('refuses bad input with ECS codes', () => {
    const emulator = makeEmulator();
    const refuse = (params: Record<string, string>) => refusal(emulator, 'ExportImage', { ...exportParams, ...params });
    expect(refuse({ OSSBucket: '' })).toEqual({ status: 400, code: 'MissingParameter' });
    expect(refuse({ OSSPrefix: 'has-dash' })).toEqual({ status: 400, code: 'InvalidOSSPrefix.Malformed' });
    expect(refuse({ OSSPrefix: 'a'.repeat(31) })).toEqual({ status: 400, code: 'InvalidOSSPrefix.Malformed' });
    expect(refuse({ ImageFormat: 'iso' })).toEqual({ status: 400, code: 'InvalidImageFormat.Malformed' });
    expect(refuse({ OSSBucket: 'Bad_Bucket' })).toEqual({ status: 400, code: 'InvalidOSSBucket.NotFound' });
    expect(refuse({ OSSBucket: 'missing-exports' })).toEqual({ status: 400, code: 'InvalidOSSBucket.NotFound' });
    expect(refuse({ ImageId: 'm-bp1doesnotexist000000' })).toEqual({ status: 404, code: 'InvalidImageId.NotFound' });
    expect(refuse({ ImageId: 'aliyun_3_x64_20G_alibase_20250117.vhd' })).toEqual({ status: 404, code: 'InvalidImageId.NotFound' });
  });

  it('exports Available images only, one export at a time', () => {
    const emulator = makeEmulator();
    expect(refusal(emulator, 'ExportImage', { ...exportParams, ImageId: DB_MIGRATION_TEST })).toEqual({ status: 400, code: 'IncorrectImageStatus' });
    exportImage(emulator);
    expect(refusal(emulator, 'ExportImage', exportParams)).toEqual({ status: 403, code: 'ImageIsExporting' });
    emulator.clock.advance(54);
    expect(exportImage(emulator)).toMatch(/^t-/);
  });

  it('refuses images with more than 4 data disks or one above 500 GiB (InvalidImage.DiskAmountOrSize)', () => {
    const emulator = makeEmulator();
    const five: Record<string, string> = { 'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_SYS };
    for (let n = 2; n <= 6; n += 1) five[`DiskDeviceMapping.${n}.Size`] = '20';
    const fiveDisks = createImageFrom(emulator, five);
    const hugeDisk = createImageFrom(emulator, { 'DiskDeviceMapping.1.SnapshotId': SNAP_WEB_SYS, 'DiskDeviceMapping.2.Size': '501' });
    const fourDisks = createImageFrom(emulator, { ...five, 'DiskDeviceMapping.6.Size': '' });
    emulator.clock.advance(5);
    expect(refusal(emulator, 'ExportImage', { ...exportParams, ImageId: fiveDisks })).toEqual({ status: 400, code: 'InvalidImage.DiskAmountOrSize' });
    expect(refusal(emulator, 'ExportImage', { ...exportParams, ImageId: hugeDisk })).toEqual({ status: 400, code: 'InvalidImage.DiskAmountOrSize' });
    expect(exportImage(emulator, { ImageId: fourDisks })).toMatch(/^t-/);
  });

  it('answers DryRun without starting a task', () => {
    const emulator = makeEmulator();
    expect(refusal(emulator, 'ExportImage', { ...exportParams, DryRun: 'true' }).code).toBe('DryRunOperation');
    expect(call<{ TotalCount: number }>(emulator, 'DescribeTasks', { RegionId: 'cn-hangzhou' }).TotalCount).toBe(0);
  });
});
