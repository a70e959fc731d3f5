import { exportProblem, type Image } from '../../../../contract';
import { isTerminalImageStatus } from '../../../ui/status';

/** Why Export Image cannot be used now, as an i18n key (ECS's limits, from the contract); null when it can. */
export function exportReasonKey(image: Image): string | null {
  const problem = exportProblem(image);
  return problem ? `rules.export.${problem}` : null;
}

/** ECS refuses to delete an image still being created; the console says so before anyone tries. */
export function deleteReasonKey(image: Image): string | null {
  return isTerminalImageStatus(image.status) ? null : 'imageActions.delete.creatingReason';
}
