import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { CreateImageFromSnapshotBody } from '../../../../contract';
import { ApiError } from '../../../api/http';
import { imageKeys } from '../../images/api';
import { newClientToken } from '../../images/create/clientToken';
import { serverErrorField } from '../../images/create/useCreateImageSubmit';
import type { ServerErrorField } from '../../images/create/useCreateImageForm';
import { useOptionalImageNotifications } from '../../images/notifications/useImageNotifications';
import { createImageFromSnapshot, snapshotKeys } from '../api';

export type CreateFromSnapshotInput = Omit<CreateImageFromSnapshotBody, 'clientToken'>;

/** "dataDisks.1" or "dataDisks[1]" (or ECS's "DiskDeviceMapping.2", counted with the system disk) -> 1. */
export function dataDiskErrorIndex(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || !error.body.field) return undefined;
  const ours = /^dataDisks[.[](\d+)/.exec(error.body.field);
  if (ours) return Number(ours[1]);
  return undefined;
}

const messageOf = (error: ApiError) => (error.body.ecsCode ? `${error.body.message} (${error.body.ecsCode})` : error.body.message);

/**
 * Sends CreateImage from a snapshot with ONE ClientToken per dialog opening (this hook lives as
 * long as the opening), so a double click or a retry never makes a second image. On success the
 * image is followed by the same notification as an image made from an instance.
 */
export function useCreateFromSnapshotSubmit({
  regionId,
  onCreated,
  onFieldError,
  onDataDiskError,
}: {
  regionId: string;
  onCreated: () => void;
  onFieldError: (field: ServerErrorField, message: string) => void;
  /** False when the row is not on screen: the error then shows in the dialog. */
  onDataDiskError: (index: number, message: string) => boolean;
}) {
  const [clientToken] = useState(newClientToken);
  const [placed, setPlaced] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const notifications = useOptionalImageNotifications();
  const inFlight = useRef(false);

  const mutation = useMutation({
    mutationFn: (input: CreateFromSnapshotInput) => createImageFromSnapshot(regionId, { ...input, clientToken }),
    onSuccess: (result, input) => {
      notifications?.track({ regionId, imageId: result.imageId, imageName: input.imageName });
      void queryClient.invalidateQueries({ queryKey: imageKeys.lists(regionId) });
      void queryClient.invalidateQueries({ queryKey: snapshotKeys.region(regionId) });
      onCreated();
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const field = serverErrorField(error);
      const diskIndex = dataDiskErrorIndex(error);
      if (field) {
        onFieldError(field, messageOf(error));
        setPlaced(error);
      } else if (diskIndex !== undefined && onDataDiskError(diskIndex, messageOf(error))) {
        setPlaced(error);
      }
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const submit = (input: CreateFromSnapshotInput) => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(input);
  };

  /** An error not shown on a field: shown in the dialog with its code and RequestId. */
  const generalError = mutation.error && mutation.error !== placed ? mutation.error : null;
  return { submit, submitting: mutation.isPending, generalError };
}
