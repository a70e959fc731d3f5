import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { CreateImageBody } from '../../../../contract';
import { ApiError } from '../../../api/http';
import { instanceKeys } from '../../instances/api';
import { createImage, imageKeys } from '../api';
import { useOptionalImageNotifications } from '../notifications/useImageNotifications';
import { newClientToken } from './clientToken';
import type { ServerErrorField } from './useCreateImageForm';

export type CreateImageInput = Omit<CreateImageBody, 'clientToken'>;

const serverErrorFields: readonly ServerErrorField[] = ['imageName', 'description', 'tags', 'resourceGroupId'];

/** The form field a server error concerns: "imageName", "tags.2", "tags[2]" or ECS's "ImageName". */
export function serverErrorField(error: unknown): ServerErrorField | undefined {
  if (!(error instanceof ApiError) || !error.body.field) return undefined;
  const head = error.body.field.split(/[.[]/)[0] ?? '';
  const normalized = head.charAt(0).toLowerCase() + head.slice(1);
  return serverErrorFields.find((field) => field === normalized);
}

/**
 * Sends CreateImage with ONE ClientToken per dialog opening (this hook lives as long as the
 * opening), so a double click or a retry after an error never makes a second image: ECS answers
 * the same token with the same ImageId.
 */
export function useCreateImageSubmit({
  regionId,
  instanceId,
  onCreated,
  onFieldError,
}: {
  regionId: string;
  instanceId: string;
  onCreated: () => void;
  onFieldError: (field: ServerErrorField, message: string) => void;
}) {
  const [clientToken] = useState(newClientToken);
  const queryClient = useQueryClient();
  const notifications = useOptionalImageNotifications();
  // Guards the gap between a click and the re-render that disables the button.
  const inFlight = useRef(false);

  const mutation = useMutation({
    mutationFn: (input: CreateImageInput) => createImage(regionId, instanceId, { ...input, clientToken }),
    onSuccess: (result, input) => {
      notifications?.track({ regionId, imageId: result.imageId, imageName: input.imageName });
      void queryClient.invalidateQueries({ queryKey: imageKeys.lists(regionId) });
      void queryClient.invalidateQueries({ queryKey: instanceKeys.all(regionId) });
      onCreated();
    },
    onError: (error) => {
      const field = serverErrorField(error);
      if (field && error instanceof ApiError) {
        const { message, ecsCode } = error.body;
        onFieldError(field, ecsCode ? `${message} (${ecsCode})` : message);
      }
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  const submit = (input: CreateImageInput) => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(input);
  };

  /** An error not tied to a field: shown in the dialog with its code and RequestId. */
  const generalError = mutation.error && !serverErrorField(mutation.error) ? mutation.error : null;

  return { submit, submitting: mutation.isPending, generalError };
}
