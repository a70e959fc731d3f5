import { parsePercent, toSnapshot } from './mapResources';
import { toTask } from './mapImageLife';
import type {
  CreateImageFromSnapshotsRequest,
  ExportImageRequest,
  ImageLifePort,
  ReplaceSystemDiskRequest,
  RunInstancesRequest,
  SnapshotPageResult,
  SnapshotQuery,
} from './imageLifePort';
import { sdkNetworkCalls } from './sdkNetwork';
import { EcsModels as M, type EcsSdkClientInstance } from './sdkModules';

/** What the SDK calls need from SdkEcsClient: its regional clients and its error wrapper. */
export interface SdkAccess {
  client(regionId: string): EcsSdkClientInstance;
  call<T>(action: string, send: () => Promise<T>): Promise<T>;
}

/** The image-life half of the port over the official SDK (issue 3). */
export function sdkImageLifeCalls(sdk: SdkAccess): ImageLifePort {
  const requestIdOf = (body: { requestId?: string } | undefined) => body?.requestId ?? '';

  return {
    ...sdkNetworkCalls(sdk),

    async describeSnapshotPage(regionId: string, query: SnapshotQuery): Promise<SnapshotPageResult> {
      const request = new M.DescribeSnapshotsRequest({
        regionId,
        snapshotIds: query.snapshotIds?.length ? JSON.stringify(query.snapshotIds) : undefined,
        instanceId: query.instanceId,
        diskId: query.diskId,
        usage: query.usage,
        status: query.status,
        sourceDiskType: query.sourceDiskType,
        nextToken: query.nextToken || undefined,
        maxResults: query.maxResults,
      });
      const response = await sdk.call('DescribeSnapshots', () => sdk.client(regionId).describeSnapshots(request));
      const body = response.body;
      return {
        snapshots: (body?.snapshots?.snapshot ?? []).map(toSnapshot),
        nextToken: body?.nextToken ? body.nextToken : null,
        totalCount: body?.totalCount ?? 0,
      };
    },

    async createImageFromSnapshots(regionId: string, image: CreateImageFromSnapshotsRequest) {
      const mappings = [
        new M.CreateImageRequestDiskDeviceMapping({ snapshotId: image.systemSnapshotId, diskType: 'system' }),
        ...image.dataDisks.map(
          (disk) =>
            new M.CreateImageRequestDiskDeviceMapping({
              diskType: 'data',
              snapshotId: disk.snapshotId || undefined,
              size: disk.sizeGiB,
              device: disk.device || undefined,
            }),
        ),
      ];
      const request = new M.CreateImageRequest({
        regionId,
        diskDeviceMapping: mappings,
        imageName: image.imageName,
        // Optional, but 2-256 characters when given: an empty one is left out.
        description: image.description || undefined,
        clientToken: image.clientToken,
        tag: image.tags.length ? image.tags.map((tag) => new M.CreateImageRequestTag({ key: tag.key, value: tag.value })) : undefined,
        resourceGroupId: image.resourceGroupId,
        architecture: image.architecture,
        platform: image.platform || undefined,
      });
      const response = await sdk.call('CreateImage', () => sdk.client(regionId).createImage(request));
      return { imageId: response.body?.imageId ?? '', requestId: requestIdOf(response.body) };
    },

    async runInstances(regionId: string, run: RunInstancesRequest) {
      const request = new M.RunInstancesRequest({
        regionId,
        imageId: run.imageId,
        zoneId: run.zoneId,
        instanceType: run.instanceType,
        vSwitchId: run.vSwitchId,
        securityGroupId: run.securityGroupId,
        instanceName: run.instanceName || undefined,
        password: run.password,
        keyPairName: run.keyPairName,
        amount: run.amount,
        instanceChargeType: 'PostPaid',
        systemDisk: run.systemDiskSizeGiB ? new M.RunInstancesRequestSystemDisk({ size: String(run.systemDiskSizeGiB) }) : undefined,
        dataDisk: run.dataDisks.length
          ? run.dataDisks.map((disk) => new M.RunInstancesRequestDataDisk({ device: disk.device, size: disk.sizeGiB }))
          : undefined,
        clientToken: run.clientToken,
      });
      const response = await sdk.call('RunInstances', () => sdk.client(regionId).runInstances(request));
      return { instanceIds: response.body?.instanceIdSets?.instanceIdSet ?? [], requestId: requestIdOf(response.body) };
    },

    async replaceSystemDisk(regionId: string, replace: ReplaceSystemDiskRequest) {
      const request = new M.ReplaceSystemDiskRequest({
        instanceId: replace.instanceId,
        imageId: replace.imageId,
        systemDisk: replace.systemDiskSizeGiB ? new M.ReplaceSystemDiskRequestSystemDisk({ size: replace.systemDiskSizeGiB }) : undefined,
        password: replace.password,
        keyPairName: replace.keyPairName,
        clientToken: replace.clientToken,
      });
      const response = await sdk.call('ReplaceSystemDisk', () => sdk.client(regionId).replaceSystemDisk(request));
      return { diskId: response.body?.diskId ?? '', requestId: requestIdOf(response.body) };
    },

    async exportImage(regionId: string, exported: ExportImageRequest) {
      const request = new M.ExportImageRequest({
        regionId,
        imageId: exported.imageId,
        OSSBucket: exported.ossBucket,
        OSSPrefix: exported.ossPrefix || undefined,
        imageFormat: exported.format,
      });
      const response = await sdk.call('ExportImage', () => sdk.client(regionId).exportImage(request));
      return { taskId: response.body?.taskId ?? '', requestId: requestIdOf(response.body) };
    },

    async describeTasks(regionId: string, query: { taskIds: readonly string[] }) {
      // No IDs means no tasks, not "every task of the region".
      if (query.taskIds.length === 0) return [];
      const request = new M.DescribeTasksRequest({ regionId, taskIds: query.taskIds.join(','), pageSize: 100 });
      const response = await sdk.call('DescribeTasks', () => sdk.client(regionId).describeTasks(request));
      return (response.body?.taskSet?.task ?? []).map(toTask);
    },

    async describeTaskProgress(regionId: string, taskId: string) {
      const request = new M.DescribeTaskAttributeRequest({ regionId, taskId });
      const response = await sdk.call('DescribeTaskAttribute', () => sdk.client(regionId).describeTaskAttribute(request));
      return parsePercent(response.body?.taskProcess);
    },

    async deleteImage(regionId: string, imageId: string, options: { force: boolean }) {
      const request = new M.DeleteImageRequest({ regionId, imageId, force: options.force });
      const response = await sdk.call('DeleteImage', () => sdk.client(regionId).deleteImage(request));
      return { requestId: requestIdOf(response.body) };
    },

    async deleteSnapshot(regionId: string, snapshotId: string) {
      const request = new M.DeleteSnapshotRequest({ snapshotId });
      const response = await sdk.call('DeleteSnapshot', () => sdk.client(regionId).deleteSnapshot(request));
      return { requestId: requestIdOf(response.body) };
    },
  };
}
