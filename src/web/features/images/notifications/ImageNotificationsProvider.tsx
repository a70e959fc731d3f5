import Box from '@mui/material/Box';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageNotification } from './ImageNotification';
import { loadTrackedImages, sameImage, saveTrackedImages, type TrackedImage } from './trackedImages';
import { ImageNotificationsContext, type ImageNotifications } from './useImageNotifications';

/**
 * Tracks the images the user is creating and shows one notification each, bottom-left, in a
 * polite live region. It sits in the layout, so a notification follows the user across pages.
 */
export function ImageNotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [tracked, setTracked] = useState<TrackedImage[]>(loadTrackedImages);

  useEffect(() => saveTrackedImages(tracked), [tracked]);

  const track = useCallback((image: TrackedImage) => {
    // A retried Create answers with the same image ID: keep one notification for it.
    setTracked((current) => [...current.filter((item) => !sameImage(item, image)), image]);
  }, []);
  const dismiss = useCallback((image: Pick<TrackedImage, 'regionId' | 'imageId'>) => {
    setTracked((current) => current.filter((item) => !sameImage(item, image)));
  }, []);
  const value = useMemo<ImageNotifications>(() => ({ track, dismiss }), [track, dismiss]);

  return (
    <ImageNotificationsContext.Provider value={value}>
      {children}
      <Box
        role="region"
        aria-label={t('images.notifications.regionLabel')}
        aria-live="polite"
        sx={{
          position: 'fixed',
          left: 16,
          bottom: 16,
          zIndex: (theme) => theme.zIndex.snackbar,
          width: 'min(440px, calc(100vw - 32px))',
          display: 'flex',
          flexDirection: 'column',
          gap: 1,
        }}
      >
        {tracked.map((image) => (
          <ImageNotification key={`${image.regionId}/${image.imageId}`} image={image} onDismiss={() => dismiss(image)} />
        ))}
      </Box>
    </ImageNotificationsContext.Provider>
  );
}
