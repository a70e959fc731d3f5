// @vitest-environment jsdom
/**
 * XSS: an image's description and tags may hold any text (ECS allows `<`, `>`, quotes), and a
 * hostile or broken upstream could send markup in a name. The console shows it all as text:
 * the markup is readable on screen and no element is created from it.
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ImageList } from '../../../contract';
import { ImageDetailPage } from './ImageDetailPage';
import { ImagesPage } from './ImagesPage';
import { image, REGION_ID } from './test/fixtures';
import { renderWithApp } from './test/renderWithApp';
import { api, server, startServerPerFile } from './test/server';

startServerPerFile();

const IMG_PAYLOAD = '<img src=x onerror=alert(1)>';
const SCRIPT_PAYLOAD = '<script>alert(2)</script>';
const hostile = image({
  imageId: 'm-bp1markup',
  imageName: 'web-golden',
  status: 'Available',
  progress: 100,
  description: `Before ${IMG_PAYLOAD} after`,
  tags: [{ key: 'note', value: SCRIPT_PAYLOAD }],
});

function expectNoInjectedElements(container: HTMLElement) {
  expect(container.querySelector('img')).toBeNull();
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('[onerror]')).toBeNull();
  expect(document.querySelector('img[src="x"]')).toBeNull();
}

it('shows markup in a description and a tag on the image detail page as text', async () => {
  server.use(
    http.get(api(`/regions/${REGION_ID}/images/${hostile.imageId}`), () => HttpResponse.json(hostile)),
    http.get(api(`/regions/${REGION_ID}/images/${hostile.imageId}/snapshots`), () => HttpResponse.json({ snapshots: [] })),
  );
  const { container } = renderWithApp(<ImageDetailPage />, {
    path: '/regions/:regionId/images/:imageId',
    url: `/regions/${REGION_ID}/images/${hostile.imageId}`,
  });

  expect(await screen.findByRole('heading', { level: 1, name: 'web-golden' })).toBeInTheDocument();
  expect(screen.getByText(`Before ${IMG_PAYLOAD} after`)).toBeInTheDocument();
  expect(screen.getByText(new RegExp(SCRIPT_PAYLOAD.replace(/[()]/g, '\\$&')))).toBeInTheDocument();
  expectNoInjectedElements(container);
});

it('shows markup in an image name in the images list as text', async () => {
  const named = { ...hostile, imageName: `evil${IMG_PAYLOAD}` };
  const list: ImageList = { images: [named], totalCount: 1, pageNumber: 1, pageSize: 10 };
  server.use(http.get(api(`/regions/${REGION_ID}/images`), () => HttpResponse.json(list)));
  const { container } = renderWithApp(<ImagesPage />, { path: '/regions/:regionId/images', url: `/regions/${REGION_ID}/images` });

  const table = await screen.findByRole('table', { name: 'Custom images' });
  expect(within(table).getByText(`evil${IMG_PAYLOAD}`)).toBeInTheDocument();
  expectNoInjectedElements(container);
});
