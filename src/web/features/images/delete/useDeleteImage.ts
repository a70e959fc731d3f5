import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { snapshotKeys } from '../../snapshots/api';
import { imageKeys } from '../api';
import { useOptionalImageNotifications } from '../notifications/useImageNotifications';
import { deleteImage, isImageInUse } from './api';

/**
 * DeleteImage with the dialog's two options. After a refusal because instances use the image,
 * `needsForce` turns on so the dialog can offer "Force delete"; `force` is sent only when ticked.
 */
export function useDeleteImage({
  regionId,
  imageId,
  onDeleted,
}: {
  regionId: string;
  imageId: string;
  onDeleted: () => void;
}) {
  const queryClient = useQueryClient();
  const notifications = useOptionalImageNotifications();
  const [needsForce, setNeedsForce] = useState(false);
  /** The image is gone: no page or notification asks for it again, the lists forget it. */
  const finish = () => {
    notifications?.dismiss({ regionId, imageId });
    queryClient.removeQueries({ queryKey: imageKeys.detail(regionId, imageId) });
    void queryClient.invalidateQueries({ queryKey: imageKeys.lists(regionId) });
    void queryClient.invalidateQueries({ queryKey: snapshotKeys.region(regionId) });
    onDeleted();
  };
  const mutation = useMutation({
    mutationFn: (options: { deleteSnapshots: boolean; force: boolean }) =>
      deleteImage(regionId, imageId, {
        deleteSnapshots: options.deleteSnapshots ? 'true' : 'false',
        force: options.force ? 'true' : 'false',
      }),
    onSuccess: (result) => {
      // Snapshots that could not be deleted are listed first; the caller finishes after that.
      if (result.failedSnapshots.length === 0) finish();
    },
    onError: (error) => {
      if (isImageInUse(error)) setNeedsForce(true);
    },
  });
  return {
    remove: (options: { deleteSnapshots: boolean; force: boolean }) => {
      if (!mutation.isPending) mutation.mutate(options);
    },
    deleting: mutation.isPending,
    /** Set once ECS deleted the image; its failedSnapshots are what the dialog still shows. */
    result: mutation.data,
    finish,
    needsForce,
    /** The in-use refusal is explained by the force option; any other error shows as is. */
    error: mutation.error && !isImageInUse(mutation.error) ? mutation.error : null,
    inUseError: mutation.error && isImageInUse(mutation.error) ? mutation.error : null,
  };
}
