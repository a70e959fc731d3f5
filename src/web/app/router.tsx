import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { Layout } from './Layout';
import { rememberedRegionId } from '../features/regions/rememberedRegion';
import { InstancesPage } from '../features/instances/InstancesPage';
import { ImagesPage } from '../features/images/ImagesPage';
import { ImageDetailPage } from '../features/images/ImageDetailPage';
import { SessionGuard } from '../features/session/SessionGuard';
import { SignInPage } from '../features/session/SignInPage';
import { CreateInstancePage } from '../features/launch/CreateInstancePage';
import { InstanceDetailPage } from '../features/instances/detail/InstanceDetailPage';
import { SnapshotsPage } from '../features/snapshots/SnapshotsPage';

/** `/` goes to the region the user chose last, read when `/` is visited (not when the app loads). */
function ToRememberedRegion() {
  return <Navigate to={`/regions/${rememberedRegionId()}/instances`} replace />;
}

/**
 * URLs carry state: the region is a path segment, lists keep page and filters in the query, the
 * open image is its own URL. Exported so tests render the real route tree.
 */
export const routes: RouteObject[] = [
  { path: '/', element: <ToRememberedRegion /> },
  {
    path: '/regions/:regionId',
    element: (
      <SessionGuard>
        <Layout />
      </SessionGuard>
    ),
    children: [
      { index: true, element: <Navigate to="instances" replace /> },
      { path: 'instances', element: <InstancesPage /> },
      { path: 'instances/:instanceId', element: <InstanceDetailPage /> },
      { path: 'images', element: <ImagesPage /> },
      { path: 'images/:imageId', element: <ImageDetailPage /> },
      { path: 'images/:imageId/create-instance', element: <CreateInstancePage /> },
      { path: 'snapshots', element: <SnapshotsPage /> },
    ],
  },
  { path: '/sign-in', element: <SignInPage /> },
  { path: '*', element: <Navigate to="/" replace /> },
];

export const router = createBrowserRouter(routes);
