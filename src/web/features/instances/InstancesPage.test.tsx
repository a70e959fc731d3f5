// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiServer, requests, type ApiState } from '../../app/testing/apiServer';
import { renderApp } from '../../app/testing/renderApp';
import { dbStaging, makeInstance, webProd } from './testing/fixtures';

// Role queries over a full MUI table are slow in jsdom, the more so when every suite runs at once.
vi.setConfig({ testTimeout: 20_000 });

const state: ApiState = { mode: 'mock', instances: [], builds: [] };
const server = createApiServer(state);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state.instances = [webProd, dbStaging];
  state.builds = [];
  requests.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const instanceRequests = () => requests.filter((url) => url.pathname === '/api/regions/cn-hangzhou/instances');

describe('Instances page', () => {
  it('shows each instance with its zone, addresses, status, configuration and billing method', async () => {
    renderApp('/regions/cn-hangzhou/instances');

    expect(screen.getByRole('heading', { level: 1, name: 'Instances' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Instances' });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Instance ID/Name', 'Zone', 'IP Address', 'Status', 'Configuration', 'Billing Method', 'Actions']);

    const web = within(table).getByRole('row', { name: /web-prod-01/ });
    expect(web).toHaveTextContent('i-bp1webprod01');
    expect(web).toHaveTextContent('cn-hangzhou-h');
    expect(web).toHaveTextContent('47.96.10.21 (Public)');
    expect(web).toHaveTextContent('172.16.0.21 (Private)');
    expect(web).toHaveTextContent('Running');
    expect(web).toHaveTextContent('2 vCPU 8 GiB');
    expect(web).toHaveTextContent('ecs.g7.large');
    expect(web).toHaveTextContent('Pay-As-You-Go');

    const db = within(table).getByRole('row', { name: /db-staging-02/ });
    expect(db).toHaveTextContent('Stopped');
    expect(db).toHaveTextContent('4 vCPU 32 GiB');
    expect(db).toHaveTextContent('Subscription');
    expect(db).toHaveTextContent(/Expires .*2099/);
    expect(screen.getByText(/^Last updated \d\d:\d\d:\d\d$/)).toBeInTheDocument();
  });

  it('says the subscription has expired when its end has passed', async () => {
    state.instances = [makeInstance({ instanceName: 'old-sub', chargeType: 'PrePaid', expiredTime: '2020-01-01T00:00Z' })];
    renderApp('/regions/cn-hangzhou/instances');

    const row = await screen.findByRole('row', { name: /old-sub/ });
    expect(row).toHaveTextContent('SubscriptionExpired');
  });

  it('searches by name on the server and offers Clear filters when nothing matches', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/regions/cn-hangzhou/instances');
    await screen.findByRole('row', { name: /web-prod-01/ });

    await user.type(screen.getByRole('searchbox', { name: 'Search instances' }), 'no-such-host{Enter}');

    expect(await screen.findByText('No instances match your search')).toBeInTheDocument();
    expect(instanceRequests().at(-1)?.searchParams.get('name')).toBe('no-such-host');
    expect(router.state.location.search).toBe('?name=no-such-host');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(await screen.findByRole('row', { name: /web-prod-01/ })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search instances' })).toHaveValue('');
  });

  it('searches by instance ID and by status, and reproduces the view from the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/regions/cn-hangzhou/instances?status=Stopped&pageSize=20');

    expect(await screen.findByRole('row', { name: /db-staging-02/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /web-prod-01/ })).not.toBeInTheDocument();
    expect(instanceRequests().at(-1)?.searchParams.get('status')).toBe('Stopped');
    expect(instanceRequests().at(-1)?.searchParams.get('maxResults')).toBe('20');

    await user.click(screen.getByRole('combobox', { name: /Search by/ }));
    await user.click(screen.getByRole('option', { name: 'Instance ID' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search instances' }), 'i-bp1dbstaging02');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(router.state.location.search).toBe('?instanceId=i-bp1dbstaging02&status=Stopped&pageSize=20'));
    expect(instanceRequests().at(-1)?.searchParams.get('instanceId')).toBe('i-bp1dbstaging02');
  });

  it('filters by status at once, keeping the typed search text', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/regions/cn-hangzhou/instances');
    await screen.findByRole('row', { name: /web-prod-01/ });
    await user.type(screen.getByRole('searchbox', { name: 'Search instances' }), 'db');

    await user.click(screen.getByRole('combobox', { name: /^Status/ }));
    await user.click(screen.getByRole('option', { name: 'Stopped' }));

    await waitFor(() => expect(screen.queryByRole('row', { name: /web-prod-01/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /db-staging-02/ })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=Stopped');
    expect(screen.getByRole('searchbox', { name: 'Search instances' })).toHaveValue('db');
  });

  it('refuses a malformed instance ID before asking the server', async () => {
    const user = userEvent.setup();
    renderApp('/regions/cn-hangzhou/instances');
    await screen.findByRole('row', { name: /web-prod-01/ });
    const before = instanceRequests().length;

    await user.click(screen.getByRole('combobox', { name: /Search by/ }));
    await user.click(screen.getByRole('option', { name: 'Instance ID' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search instances' }), 'not an id{Enter}');

    expect(screen.getByText(/Use an instance ID such as/)).toBeInTheDocument();
    expect(instanceRequests()).toHaveLength(before);
    expect(screen.getByRole('row', { name: /web-prod-01/ })).toBeInTheDocument();
  });

  it('says the region has no instances, by its name', async () => {
    renderApp('/regions/ap-southeast-1/instances');

    expect(await screen.findByText('No instances in Singapore')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('shows a progress indicator with a name while the list loads', async () => {
    renderApp('/regions/cn-hangzhou/instances');

    expect(screen.getByRole('progressbar', { name: 'Loading instances' })).toBeInTheDocument();
    await screen.findByRole('row', { name: /web-prod-01/ });
    expect(screen.queryByRole('progressbar', { name: 'Loading instances' })).not.toBeInTheDocument();
  });

  it('shows an error with its ECS code and request ID, and Retry loads the list', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(
        '*/api/regions/:regionId/instances',
        () =>
          HttpResponse.json(
            { code: 'Throttled', message: 'Request was denied due to request throttling.', ecsCode: 'Throttling.User', requestId: 'REQ-7F3A' },
            { status: 429 },
          ),
        { once: true },
      ),
    );
    renderApp('/regions/cn-hangzhou/instances');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The instances could not be loaded');
    expect(alert).toHaveTextContent('Request was denied due to request throttling.');
    expect(alert).toHaveTextContent('Error code: Throttling.User');
    expect(alert).toHaveTextContent('Request ID: REQ-7F3A');
    expect(alert).toHaveTextContent('Wait a few seconds and try again.');

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('row', { name: /web-prod-01/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('pages on the server with NextToken, back with Previous, and restarts at page 1 on a new page size', async () => {
    const user = userEvent.setup();
    server.use(
      http.get('*/api/regions/:regionId/instances', ({ request }) => {
        const token = new URL(request.url).searchParams.get('nextToken');
        return token === 'tok-2'
          ? HttpResponse.json({ instances: [dbStaging], nextToken: null, totalCount: 2 })
          : HttpResponse.json({ instances: [webProd], nextToken: 'tok-2', totalCount: 2 });
      }),
    );
    const { router } = renderApp('/regions/cn-hangzhou/instances');
    await screen.findByRole('row', { name: /web-prod-01/ });
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(pages).toHaveTextContent('Total: 2');
    expect(within(pages).getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(within(pages).getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('row', { name: /db-staging-02/ })).toBeInTheDocument();
    expect(instanceRequests().at(-1)?.searchParams.get('nextToken')).toBe('tok-2');
    expect(pages).toHaveTextContent('Page 2');
    expect(within(pages).getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(within(pages).getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('row', { name: /web-prod-01/ })).toBeInTheDocument();
    expect(pages).toHaveTextContent('Page 1');

    await user.click(within(pages).getByRole('button', { name: 'Next' }));
    await screen.findByRole('row', { name: /db-staging-02/ });
    await user.click(within(pages).getByRole('combobox', { name: /Items per page/ }));
    await user.click(screen.getByRole('option', { name: '50' }));

    expect(await screen.findByRole('row', { name: /web-prod-01/ })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?pageSize=50');
    expect(instanceRequests().at(-1)?.searchParams.get('maxResults')).toBe('50');
    expect(instanceRequests().at(-1)?.searchParams.has('nextToken')).toBe(false);
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent('Page 1');
  });
});
