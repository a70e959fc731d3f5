import { deleteImageResultSchema, type DeleteImageQuery } from '../../../../contract';
import { ApiError, apiDelete, apiPath } from '../../../api/http';

export function deleteImage(regionId: string, imageId: string, query: DeleteImageQuery) {
  return apiDelete(apiPath(['regions', regionId, 'images', imageId], { force: query.force, deleteSnapshots: query.deleteSnapshots }), deleteImageResultSchema);
}

/** ECS's ImageUsingByInstance (the BFF answers it as a 409 Conflict): instances use the image. */
export const isImageInUse = (error: unknown): error is ApiError => error instanceof ApiError && error.body.ecsCode === 'ImageUsingByInstance';
