// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiServer, requests, type ApiState } from '../../app/testing/apiServer';
import { renderApp } from '../../app/testing/renderApp';
import { dbStaging, makeBuild, webProd } from './testing/fixtures';

// Role queries over a full MUI table are slow in jsdom, the more so when every suite runs at once.
vi.setConfig({ testTimeout: 20_000 });

const state: ApiState = { mode: 'mock', instances: [], builds: [] };
const server = createApiServer(state);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  // Only the timers are fake: fetch and promises run for real, the polling clock is moved by hand.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  state.instances = [webProd, dbStaging];
  state.builds = [];
  requests.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  server.resetHandlers();
});
afterAll(() => server.close());

const count = (path: string) => requests.filter((url) => url.pathname === path).length;
const LIST = '/api/regions/cn-hangzhou/instances';
const BUILDS = '/api/regions/cn-hangzhou/image-builds';
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('Polling', () => {
  it('follows an instance through Stopping until it is Stopped, then stops asking', async () => {
    state.instances = [{ ...webProd, status: 'Stopping' }, dbStaging];
    renderApp('/regions/cn-hangzhou/instances');
    expect(await screen.findByRole('row', { name: /web-prod-01/ })).toHaveTextContent('Stopping');

    state.instances = [{ ...webProd, status: 'Stopped' }, dbStaging];
    await advance(3_100);
    expect(await screen.findByRole('row', { name: /web-prod-01.*Stopped/ })).toBeInTheDocument();

    const settled = count(LIST);
    await advance(15_000);
    expect(count(LIST)).toBe(settled);
  });

  it('polls image builds while one runs, shows its progress, and stops when it is done', async () => {
    state.builds = [makeBuild({ progress: 10 })];
    renderApp('/regions/cn-hangzhou/instances');
    const row = await screen.findByRole('row', { name: /web-prod-01/ });
    expect(await within(row).findByRole('link', { name: 'Creating image m-bp1build0001 10%' })).toBeInTheDocument();

    state.builds = [makeBuild({ progress: 60 })];
    await advance(2_100);
    expect(await within(row).findByRole('link', { name: 'Creating image m-bp1build0001 60%' })).toBeInTheDocument();

    state.builds = [];
    await advance(3_100);
    expect(within(screen.getByRole('row', { name: /web-prod-01/ })).queryByRole('link', { name: /Creating image/ })).not.toBeInTheDocument();

    const settled = { list: count(LIST), builds: count(BUILDS) };
    await advance(15_000);
    expect({ list: count(LIST), builds: count(BUILDS) }).toEqual(settled);
  });

  it('does not poll a settled list at all', async () => {
    renderApp('/regions/cn-hangzhou/instances');
    await screen.findByRole('row', { name: /web-prod-01/ });
    const first = { list: count(LIST), builds: count(BUILDS) };

    await advance(15_000);

    expect({ list: count(LIST), builds: count(BUILDS) }).toEqual(first);
  });
});
