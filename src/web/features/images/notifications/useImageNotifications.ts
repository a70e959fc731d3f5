import { createContext, useContext } from 'react';
import type { TrackedImage } from './trackedImages';

export interface ImageNotifications {
  /** Shows a notification for an image being created and follows it until it is done. */
  track: (image: TrackedImage) => void;
  dismiss: (image: Pick<TrackedImage, 'regionId' | 'imageId'>) => void;
}

export const ImageNotificationsContext = createContext<ImageNotifications | null>(null);

export function useImageNotifications(): ImageNotifications {
  const context = useContext(ImageNotificationsContext);
  if (!context) throw new Error('useImageNotifications must be used inside <ImageNotificationsProvider>.');
  return context;
}

/**
 * For the Create dialog, which other features may render without the layout (their own tests):
 * creating still works there, only the follow-up notification is missing.
 */
export function useOptionalImageNotifications(): ImageNotifications | null {
  return useContext(ImageNotificationsContext);
}
