import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { imageListSchema, replaceSystemDiskResultSchema, type ReplaceSystemDiskBody } from '../../../../contract';
import { apiGet, apiPath, apiPost } from '../../../api/http';
import { instanceKeys } from '../api';

/** ECS's largest page: a region rarely has more Available custom images than this. */
const PICKER_PAGE_SIZE = 100;

/** The region's Available custom images: the only ones ECS can put on a system disk. */
export const replaceableImagesQuery = (regionId: string) =>
  queryOptions({
    queryKey: ['images', regionId, 'list', { purpose: 'replace-system-disk', status: 'Available', pageSize: PICKER_PAGE_SIZE }] as const,
    queryFn: () =>
      apiGet(apiPath(['regions', regionId, 'images'], { status: 'Available', pageNumber: 1, pageSize: PICKER_PAGE_SIZE }), imageListSchema),
  });

/** ReplaceSystemDisk; the instance, its disks and the region's lists are refetched after it. */
export function useReplaceSystemDiskMutation(regionId: string, instanceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReplaceSystemDiskBody) =>
      apiPost(apiPath(['regions', regionId, 'instances', instanceId, 'replace-system-disk']), replaceSystemDiskResultSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instanceKeys.all(regionId) }),
  });
}
