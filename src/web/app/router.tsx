import { createBrowserRouter, Navigate } from 'react-router-dom';
import { Layout } from './Layout';
import { rememberedRegionId } from '../features/regions/rememberedRegion';
import { InstancesPage } from '../features/instances/InstancesPage';
import { ImagesPage } from '../features/images/ImagesPage';
import { ImageDetailPage } from '../features/images/ImageDetailPage';

/**
 * URLs carry state: the region is a path segment, lists keep page and filters in the query, the
 * open image is its own URL. `/` goes to the region the user chose last.
 */
export const router = createBrowserRouter([
  { path: '/', element: <Navigate to={`/regions/${rememberedRegionId()}/instances`} replace /> },
  {
    path: '/regions/:regionId',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="instances" replace /> },
      { path: 'instances', element: <InstancesPage /> },
      { path: 'images', element: <ImagesPage /> },
      { path: 'images/:imageId', element: <ImageDetailPage /> },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);
