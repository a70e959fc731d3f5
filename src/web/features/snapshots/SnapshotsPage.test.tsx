// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { REGION_ID } from '../images/test/fixtures';
import { renderWithApp } from '../images/test/renderWithApp';
import { api, server, startServerPerFile } from '../images/test/server';
import { SnapshotsPage } from './SnapshotsPage';
import { dataSnapshot100, dataSnapshot200, snapshotRow, systemSnapshot } from './test/fixtures';
import { stubSnapshots } from './test/stubSnapshots';

startServerPerFile();
afterEach(() => vi.useRealTimers());

function renderPage(url = `/regions/${REGION_ID}/snapshots`) {
  return renderWithApp(<SnapshotsPage />, { path: '/regions/:regionId/snapshots', url });
}

const rowOf = (table: HTMLElement, snapshotId: string) => within(table).getByText(snapshotId).closest('tr')!;

describe('Snapshots page', { timeout: 30_000 }, () => {
  it('lists snapshots with their disk, instance, usage links, status and the Create Custom Image rule', async () => {
    const progressing = snapshotRow({ snapshotId: 's-bp1moving', status: 'progressing', progress: 35 });
    stubSnapshots(() => [systemSnapshot, dataSnapshot200, progressing]);
    renderPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Snapshots' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Snapshots' });

    const system = rowOf(table, 's-bp1sys40');
    expect(within(system).getByText('web-sys-manual')).toBeInTheDocument();
    expect(within(system).getByText('System Disk')).toBeInTheDocument();
    expect(within(system).getByText(/40 GiB/)).toBeInTheDocument();
    expect(within(system).getByRole('link', { name: 'i-bp1webprod01' })).toHaveAttribute(
      'href',
      '/regions/cn-hangzhou/instances?instanceId=i-bp1webprod01',
    );
    expect(within(system).getByText('Not used')).toBeInTheDocument();
    expect(within(system).getByText('Completed')).toBeInTheDocument();
    expect(within(system).getByRole('button', { name: 'Create Custom Image' })).toBeEnabled();

    const data = rowOf(table, 's-bp1data200');
    expect(within(data).getByText('Data Disk')).toBeInTheDocument();
    expect(within(data).getByRole('link', { name: 'Image m-bp1baseline' })).toHaveAttribute('href', '/regions/cn-hangzhou/images/m-bp1baseline');
    const dataCreate = within(data).getByRole('button', { name: 'Create Custom Image' });
    expect(dataCreate).toBeDisabled();
    expect(dataCreate).toHaveAccessibleDescription('Only a system disk snapshot can be the system disk of a custom image.');

    const moving = rowOf(table, 's-bp1moving');
    expect(within(moving).getByRole('progressbar', { name: 'Progress of snapshot s-bp1moving' })).toHaveAttribute('aria-valuenow', '35');
    expect(within(moving).getByRole('button', { name: 'Create Custom Image' })).toHaveAccessibleDescription(
      'The snapshot must be completed first.',
    );
  });

  it('polls only while a snapshot is progressing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let moving = snapshotRow({ snapshotId: 's-bp1moving', status: 'progressing', progress: 35 });
    const requests = stubSnapshots(() => [moving]);
    renderPage();
    const table = await screen.findByRole('table', { name: 'Snapshots' });

    moving = { ...moving, status: 'accomplished', progress: 100 };
    await act(() => vi.advanceTimersByTimeAsync(2_100));
    await waitFor(() => expect(within(table).getByText('Completed')).toBeInTheDocument());
    const settled = requests.length;
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(requests.length).toBe(settled);
  });

  it('filters by instance, disk, usage and status through the URL, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const requests = stubSnapshots(() => [systemSnapshot, dataSnapshot100, dataSnapshot200]);
    const { router } = renderPage();
    await screen.findByRole('table', { name: 'Snapshots' });

    await user.type(screen.getByRole('textbox', { name: 'Disk ID' }), 'd-bp1data100');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toBe('?diskId=d-bp1data100'));
    const table = screen.getByRole('table', { name: 'Snapshots' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByText('s-bp1data100')).toBeInTheDocument();
    expect(requests.at(-1)?.get('diskId')).toBe('d-bp1data100');

    await user.click(screen.getByRole('combobox', { name: /Usage/ }));
    await user.click(screen.getByRole('option', { name: 'Image' }));
    await waitFor(() => expect(router.state.location.search).toBe('?diskId=d-bp1data100&usage=image'));
    expect(await screen.findByText('No snapshots match the filters')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Snapshots' })).getAllByRole('row')).toHaveLength(4));
    expect(screen.getByRole('textbox', { name: 'Disk ID' })).toHaveValue('');
  });

  it('reads filters from a link and refuses a malformed ID before asking the server', async () => {
    const user = userEvent.setup();
    const requests = stubSnapshots(() => [systemSnapshot, dataSnapshot100]);
    renderPage(`/regions/${REGION_ID}/snapshots?instanceId=i-bp1webprod01&status=accomplished`);
    await screen.findByRole('table', { name: 'Snapshots' });
    expect(requests[0]?.get('instanceId')).toBe('i-bp1webprod01');
    expect(requests[0]?.get('status')).toBe('accomplished');
    expect(screen.getByRole('textbox', { name: 'Instance ID' })).toHaveValue('i-bp1webprod01');

    const asked = requests.length;
    await user.clear(screen.getByRole('textbox', { name: 'Instance ID' }));
    await user.type(screen.getByRole('textbox', { name: 'Instance ID' }), 'i-bp1 web');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('textbox', { name: 'Instance ID' })).toHaveAccessibleDescription(/Use an ID such as i-bp1/);
    expect(requests.length).toBe(asked);
  });

  it('pages forward and back with the server NextToken', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 13 }, (_, index) => snapshotRow({ snapshotId: `s-bp1page${String(index).padStart(2, '0')}` }));
    const requests = stubSnapshots(() => many);
    renderPage();
    const table = await screen.findByRole('table', { name: 'Snapshots' });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    const pager = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pager).getByText('Total: 13')).toBeInTheDocument();
    expect(within(pager).getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(within(pager).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(within(table).getByText('s-bp1page10')).toBeInTheDocument());
    expect(requests.at(-1)?.get('nextToken')).toBe('10');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(pager).getByText('Page 2')).toBeInTheDocument();
    expect(within(pager).getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(within(pager).getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(within(table).getByText('s-bp1page00')).toBeInTheDocument());
  });

  it('tells an empty region from a failure, and the failure shows ECS code and request ID', async () => {
    stubSnapshots(() => []);
    const { unmount } = renderPage();
    expect(await screen.findByText('No snapshots in China (Hangzhou)')).toBeInTheDocument();
    unmount();

    server.use(
      http.get(api(`/regions/${REGION_ID}/snapshots`), () =>
        HttpResponse.json({ code: 'Throttled', message: 'Request was denied due to flow control.', ecsCode: 'Throttling.User', requestId: 'REQ-42' }, { status: 429 }),
      ),
    );
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The snapshots could not be loaded.');
    expect(alert).toHaveTextContent('Error code: Throttling.User');
    expect(alert).toHaveTextContent('Request ID: REQ-42');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
