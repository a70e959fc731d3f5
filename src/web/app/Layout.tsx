import { Outlet } from 'react-router-dom';
import { ImageNotificationsProvider } from '../features/images/notifications/ImageNotificationsProvider';

/**
 * Placeholder shell. The notifications provider sits inside the router (its notifications link to
 * images) and around every page, so a notification follows the user wherever they go.
 */
export function Layout() {
  return (
    <ImageNotificationsProvider>
      <Outlet />
    </ImageNotificationsProvider>
  );
}
