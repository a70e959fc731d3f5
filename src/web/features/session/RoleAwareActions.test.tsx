// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../contract';
import { createApiServer, type ApiState } from '../../app/testing/apiServer';
import { renderApp } from '../../app/testing/renderApp';
import { dbStaging, webProd } from '../instances/testing/fixtures';

// Role queries over a full MUI table are slow in jsdom, the more so when every suite runs at once.
vi.setConfig({ testTimeout: 20_000 });

const viewer: Session = { authenticated: true, username: 'vera', role: 'viewer', csrfToken: 't-1', authMode: 'local' };
const operator: Session = { authenticated: true, username: 'olivia', role: 'operator', csrfToken: 't-2', authMode: 'local' };
const state: ApiState = { mode: 'mock', instances: [], builds: [] };
const server = createApiServer(state);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state.instances = [webProd, dbStaging];
  state.session = viewer;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function openSubmenu(instanceName: string, group: 'Instance Status' | 'Disk and Image') {
  const user = userEvent.setup();
  const row = await screen.findByRole('row', { name: new RegExp(instanceName) });
  await user.click(within(row).getByRole('button', { name: 'More' }));
  await user.click(screen.getByRole('menuitem', { name: group }));
  return { user, submenu: await screen.findByRole('menu', { name: group }) };
}

describe('a viewer', () => {
  it('sees every action of the More menu, disabled, with the reason', async () => {
    renderApp('/regions/cn-hangzhou/instances');
    const { submenu } = await openSubmenu('web-prod-01', 'Instance Status');
    for (const action of ['Start', 'Stop', 'Restart']) {
      const item = within(submenu).getByRole('menuitem', { name: action });
      expect(item).toHaveAttribute('aria-disabled', 'true');
      expect(item).toHaveAccessibleDescription('Your role (viewer) cannot do this');
    }
  });

  it('sees Create Custom Image disabled with the reason, in visible text', async () => {
    renderApp('/regions/cn-hangzhou/instances');
    const disk = await openSubmenu('db-staging-02', 'Disk and Image');
    const create = within(disk.submenu).getByRole('menuitem', { name: 'Create Custom Image' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(within(create).getByText('Your role (viewer) cannot do this')).toBeVisible();
  });

  it('sees who is signed in, with the role, in the top bar, and can sign out', async () => {
    let signedOut = false;
    server.use(
      http.delete('*/api/session', ({ request }) => {
        signedOut = request.headers.get('x-csrf-token') === 't-1';
        state.session = { authenticated: false, authRequired: true, demoSignIn: false, authMode: 'local' };
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp('/regions/cn-hangzhou/instances');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Account: vera (viewer)' }));
    expect(screen.getByRole('menuitem', { name: /Signed in as vera/ })).toHaveTextContent('Role: viewer');
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    await vi.waitFor(() => expect(signedOut).toBe(true));
  });
});

describe('an operator', () => {
  it('gets the actions the instance state allows', async () => {
    state.session = operator;
    renderApp('/regions/cn-hangzhou/instances');
    await screen.findByRole('button', { name: 'Account: olivia (operator)' });
    const { submenu } = await openSubmenu('web-prod-01', 'Instance Status');
    expect(within(submenu).getByRole('menuitem', { name: 'Stop' })).not.toHaveAttribute('aria-disabled');
    expect(within(submenu).getByRole('menuitem', { name: 'Start' })).toHaveAccessibleDescription('The instance is already running');
  });
});
