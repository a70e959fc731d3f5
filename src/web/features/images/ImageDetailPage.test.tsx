// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Image, Snapshot } from '../../../contract';
import { ImageDetailPage } from './ImageDetailPage';
import { image, REGION_ID, snapshot } from './test/fixtures';
import { renderWithApp } from './test/renderWithApp';
import { api, server, startServerPerFile } from './test/server';

startServerPerFile();
beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

const IMAGE_ID = 'm-bp1newimage';

function stubImage(state: { image: Image; snapshots: Snapshot[] }) {
  const counts = { image: 0, snapshots: 0 };
  server.use(
    http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}`), () => {
      counts.image += 1;
      return HttpResponse.json(state.image);
    }),
    http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}/snapshots`), () => {
      counts.snapshots += 1;
      return HttpResponse.json({ snapshots: state.snapshots });
    }),
  );
  return counts;
}

const snapshots = (status: Snapshot['status'], progress: number): Snapshot[] => [
  snapshot({ snapshotId: 's-data2', sourceDiskType: 'data', sourceDiskSizeGiB: 200, status, progress }),
  snapshot({ snapshotId: 's-sys', sourceDiskType: 'system', sourceDiskSizeGiB: 40, status: 'accomplished', progress: 100 }),
  snapshot({ snapshotId: 's-data1', sourceDiskType: 'data', sourceDiskSizeGiB: 100, status, progress }),
];

function renderDetail() {
  return renderWithApp(<ImageDetailPage />, {
    path: '/regions/:regionId/images/:imageId',
    url: `/regions/${REGION_ID}/images/${IMAGE_ID}`,
  });
}

describe('Image detail page', { timeout: 30_000 }, () => {
  it('shows the summary and one snapshot per disk, polling until all are done', async () => {
    const state = {
      image: image({ status: 'Creating', progress: 60, tags: [{ key: 'team', value: 'web' }], resourceGroupId: 'rg-acfm2abc' }),
      snapshots: snapshots('progressing', 40),
    };
    const counts = stubImage(state);
    renderDetail();

    expect(await screen.findByRole('heading', { level: 1, name: 'web-golden' })).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Images' })).toHaveAttribute('href', '/regions/cn-hangzhou/images');
    expect(screen.getByRole('progressbar', { name: `Progress of image ${IMAGE_ID}` })).toHaveAttribute('aria-valuenow', '60');
    expect(screen.getByText('team: web')).toBeInTheDocument();
    expect(screen.getByText('rg-acfm2abc')).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Disks and snapshots' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('/dev/xvda')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('s-sys')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Completed')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('s-data2')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('In progress')).toBeInTheDocument();
    expect(within(rows[2]!).getByRole('progressbar', { name: 'Progress of snapshot s-data2' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );

    state.image = image({ status: 'Available', progress: 100, usable: true });
    state.snapshots = snapshots('accomplished', 100);
    await act(() => vi.advanceTimersByTimeAsync(2_100));
    await waitFor(() => expect(within(table).getAllByText('Completed')).toHaveLength(3));
    expect(screen.getByText('Available')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: `Progress of image ${IMAGE_ID}` })).not.toBeInTheDocument();

    const asked = { ...counts };
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(counts).toEqual(asked);
  });

  it('explains a failed image', async () => {
    stubImage({ image: image({ status: 'CreateFailed', progress: 30 }), snapshots: snapshots('failed', 30) });
    renderDetail();
    expect(await screen.findByText('The image failed to be created')).toBeInTheDocument();
    expect(screen.getByText(/started, stopped or restarted while the image was being created/)).toBeInTheDocument();
  });

  it('shows a not-found state with the way back to Images', async () => {
    server.use(
      http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}`), () =>
        HttpResponse.json({ code: 'NotFound', message: 'The image does not exist.' }, { status: 404 }),
      ),
    );
    renderDetail();
    expect(await screen.findByText(`Image ${IMAGE_ID} was not found in China (Hangzhou)`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Images' })).toHaveAttribute('href', '/regions/cn-hangzhou/images');
  });
});
