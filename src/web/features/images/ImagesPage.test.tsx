// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { Image, ImageList } from '../../../contract';
import { ImagesPage } from './ImagesPage';
import { image, REGION_ID } from './test/fixtures';
import { renderWithApp } from './test/renderWithApp';
import { api, server, startServerPerFile } from './test/server';

startServerPerFile();
// Polling tests move time by hand; the others run on real timers.
const useFakeClock = () => vi.useFakeTimers({ shouldAdvanceTime: true });
afterEach(() => vi.useRealTimers());

/** The BFF's image list; records the query of every request so tests can see what was asked. */
function stubList(images: () => Image[]) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(api(`/regions/${REGION_ID}/images`), ({ request }) => {
      const query = new URL(request.url).searchParams;
      requests.push(query);
      const name = query.get('name');
      const matching = images().filter((item) => !name || item.imageName.includes(name));
      const body: ImageList = { images: matching, totalCount: matching.length, pageNumber: 1, pageSize: 10 };
      return HttpResponse.json(body);
    }),
  );
  return requests;
}

function renderPage(url = `/regions/${REGION_ID}/images`) {
  return renderWithApp(<ImagesPage />, { path: '/regions/:regionId/images', url });
}


describe('Images page', { timeout: 30_000 }, () => {
  it('lists custom images and polls only while one is being created', async () => {
    useFakeClock();
    let creating = image({ imageId: 'm-creating', imageName: 'web-golden', status: 'Creating', progress: 45 });
    const available = image({ imageId: 'm-ready', imageName: 'db-base', status: 'Available', progress: 100 });
    const requests = stubList(() => [creating, available]);
    renderPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Images' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Custom Images' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Custom images' });
    const link = within(table).getByRole('link', { name: 'm-creating' });
    expect(link).toHaveAttribute('href', '/regions/cn-hangzhou/images/m-creating');
    const creatingRow = link.closest('tr')!;
    expect(within(creatingRow).getByText('web-golden')).toBeInTheDocument();
    expect(within(creatingRow).getByText('Creating')).toBeInTheDocument();
    expect(within(creatingRow).getByRole('progressbar', { name: 'Progress of image m-creating' })).toHaveAttribute(
      'aria-valuenow',
      '45',
    );
    expect(within(creatingRow).getByText('45%')).toBeInTheDocument();
    expect(within(creatingRow).getByText('System 40 GiB, Data 100 GiB, Data 200 GiB')).toBeInTheDocument();
    const readyRow = within(table).getByRole('link', { name: 'm-ready' }).closest('tr')!;
    expect(within(readyRow).getByText('Available')).toBeInTheDocument();
    expect(within(readyRow).getByText('100%')).toBeInTheDocument();
    expect(within(readyRow).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(requests[0]!.get('status')).toBe('All');

    creating = { ...creating, status: 'Available', progress: 100 };
    await act(() => vi.advanceTimersByTimeAsync(2_100));
    await waitFor(() => expect(within(creatingRow).getByText('Available')).toBeInTheDocument());
    const asked = requests.length;
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(requests).toHaveLength(asked);
  });

  it('does not poll when every image is settled', async () => {
    useFakeClock();
    const requests = stubList(() => [image({ status: 'Available', progress: 100 })]);
    renderPage();
    await screen.findByRole('table', { name: 'Custom images' });
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(requests).toHaveLength(1);
  });

  it('tells an empty region from a search that matches nothing', async () => {
    const user = userEvent.setup({ delay: null });
    let images: Image[] = [];
    const requests = stubList(() => images);
    const { router } = renderPage();
    expect(await screen.findByText('No custom images in China (Hangzhou)')).toBeInTheDocument();
    expect(screen.getByText(/Instances > More > Disk and Image > Create Custom Image/)).toBeInTheDocument();

    images = [image({ status: 'Available', progress: 100 })];
    await user.type(screen.getByRole('searchbox', { name: 'Image Name' }), 'nothing-like-this');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No custom images match the filters')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?name=nothing-like-this');
    expect(requests.at(-1)!.get('name')).toBe('nothing-like-this');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('link', { name: 'm-bp1newimage' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('reads the status filter and page from the URL and sends them to the BFF', async () => {
    const requests = stubList(() => [image({ status: 'CreateFailed', progress: 20 })]);
    renderPage(`/regions/${REGION_ID}/images?status=CreateFailed&pageSize=20`);
    await screen.findByRole('table', { name: 'Custom images' });
    expect(requests[0]!.get('status')).toBe('CreateFailed');
    expect(requests[0]!.get('pageSize')).toBe('20');
    expect(requests[0]!.get('pageNumber')).toBe('1');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveTextContent('Failed');
  });

  it('shows an error with the code and a Retry that works', async () => {
    const user = userEvent.setup({ delay: null });
    let fail = true;
    server.use(
      http.get(api(`/regions/${REGION_ID}/images`), () =>
        fail
          ? HttpResponse.json(
              { code: 'Throttled', message: 'Request was denied due to request throttling.', ecsCode: 'Throttling', requestId: 'req-1' },
              { status: 429 },
            )
          : HttpResponse.json({
              images: [image({ status: 'Available', progress: 100 })],
              totalCount: 1,
              pageNumber: 1,
              pageSize: 10,
            }),
      ),
    );
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The images could not be loaded.');
    expect(alert).toHaveTextContent('Error code: Throttling');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'm-bp1newimage' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
