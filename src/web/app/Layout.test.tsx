// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberedRegionId } from '../features/regions/rememberedRegion';
import { dbStaging, webProd } from '../features/instances/testing/fixtures';
import { createApiServer, type ApiState } from './testing/apiServer';
import { renderApp } from './testing/renderApp';

// Role queries over a full MUI table are slow in jsdom, the more so when every suite runs at once.
vi.setConfig({ testTimeout: 20_000 });

const state: ApiState = { mode: 'mock', instances: [], builds: [] };
const server = createApiServer(state);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state.mode = 'mock';
  state.instances = [webProd, dbStaging];
  localStorage.clear();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const location = () => screen.getByRole('status', { name: 'Current location' }).textContent;

describe('Region selector', () => {
  it('names the current region, lists every region and opens the same page in the chosen one', async () => {
    const user = userEvent.setup();
    renderApp('/regions/cn-hangzhou/instances?status=Running');

    const selector = await screen.findByRole('button', { name: /China \(Hangzhou\)/ });
    await user.click(selector);
    const menu = screen.getByRole('menu');
    const names = within(menu).getAllByRole('menuitem').map((item) => item.textContent);
    expect(names).toEqual(['China (Hangzhou)cn-hangzhou', 'China (Shanghai)cn-shanghai', 'Singaporeap-southeast-1']);

    await user.click(within(menu).getByRole('menuitem', { name: /Singapore/ }));

    await waitFor(() => expect(location()).toBe('/regions/ap-southeast-1/instances'));
    expect(screen.getByRole('button', { name: /Singapore/ })).toBeInTheDocument();
    expect(await screen.findByText('No instances in Singapore')).toBeInTheDocument();
    expect(rememberedRegionId()).toBe('ap-southeast-1');
  });

  it('keeps the user on Images when the region changes there', async () => {
    const user = userEvent.setup();
    renderApp('/regions/cn-hangzhou/images/m-bp1build0001');

    await user.click(await screen.findByRole('button', { name: /China \(Hangzhou\)/ }));
    await user.click(screen.getByRole('menuitem', { name: /China \(Shanghai\)/ }));

    await waitFor(() => expect(location()).toBe('/regions/cn-shanghai/images'));
    expect(screen.getByRole('heading', { name: 'Images in cn-shanghai' })).toBeInTheDocument();
  });

  it('explains an unknown region in the URL and links to a real one', async () => {
    const user = userEvent.setup();
    renderApp('/regions/xx-nowhere-9/instances');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Region not found' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('There is no region "xx-nowhere-9"');
    expect(screen.queryByRole('heading', { name: 'Instances' })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('link', { name: 'Go to China (Hangzhou)' }));

    await waitFor(() => expect(location()).toBe('/regions/cn-hangzhou/instances'));
    expect(await screen.findByRole('row', { name: /web-prod-01/ })).toBeInTheDocument();
  });
});

describe('Shell', () => {
  it('has a skip link, a main landmark and the navigation with the current page marked', async () => {
    const user = userEvent.setup();
    renderApp('/regions/cn-hangzhou/instances');

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByText('Instances & Images')).toBeInTheDocument();
    const instances = within(nav).getByRole('link', { name: 'Instances' });
    const images = within(nav).getByRole('link', { name: 'Images' });
    expect(instances).toHaveAttribute('href', '/regions/cn-hangzhou/instances');
    expect(instances).toHaveAttribute('aria-current', 'page');
    expect(images).toHaveAttribute('href', '/regions/cn-hangzhou/images');
    expect(images).not.toHaveAttribute('aria-current');

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();

    await user.click(images);
    await waitFor(() => expect(location()).toBe('/regions/cn-hangzhou/images'));
    expect(within(nav).getByRole('link', { name: 'Images' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the Emulator badge only when the console talks to the emulator', async () => {
    renderApp('/regions/cn-hangzhou/instances');
    expect(await screen.findByText('Emulator')).toBeInTheDocument();
  });

  it('shows no Emulator badge against Alibaba Cloud', async () => {
    state.mode = 'live';
    renderApp('/regions/cn-hangzhou/instances');
    await screen.findByRole('row', { name: /web-prod-01/ });
    await waitFor(() => expect(screen.getByRole('button', { name: /China \(Hangzhou\)/ })).toBeInTheDocument());
    expect(screen.queryByText('Emulator')).not.toBeInTheDocument();
  });
});
