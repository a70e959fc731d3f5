// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreateImageDialogProps } from '../images/CreateImageDialog';
import { createApiServer, requests, type ApiState } from '../../app/testing/apiServer';
import { renderApp } from '../../app/testing/renderApp';
import { dbStaging, makeBuild, makeInstance, webProd } from './testing/fixtures';

// The dialog belongs to the images feature; here it is enough that it opens for the right instance.
vi.mock('../images/CreateImageDialog', () => ({
  CreateImageDialog: ({ open, regionId, instance, onClose }: CreateImageDialogProps) =>
    open ? (
      <div role="dialog" aria-label="Create Custom Image">
        {`${regionId} ${instance.instanceId}`}
        <button onClick={onClose}>Cancel</button>
      </div>
    ) : null,
}));

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

async function openSubmenu(instanceName: string, group: 'Instance Status' | 'Disk and Image') {
  const user = userEvent.setup();
  const row = await screen.findByRole('row', { name: new RegExp(instanceName) });
  await user.click(within(row).getByRole('button', { name: 'More' }));
  await user.click(screen.getByRole('menuitem', { name: group }));
  const submenu = await screen.findByRole('menu', { name: group });
  return { user, submenu };
}

describe('More menu', () => {
  it('disables Stop with the reason while an image is being created from the instance', async () => {
    state.builds = [makeBuild({ progress: 45 })];
    renderApp('/regions/cn-hangzhou/instances');

    const row = await screen.findByRole('row', { name: /web-prod-01/ });
    const buildLink = await within(row).findByRole('link', { name: 'Creating image m-bp1build0001 45%' });
    expect(buildLink).toHaveAttribute('href', '/regions/cn-hangzhou/images/m-bp1build0001');

    const { submenu } = await openSubmenu('web-prod-01', 'Instance Status');
    for (const action of ['Start', 'Stop', 'Restart']) {
      const item = within(submenu).getByRole('menuitem', { name: action });
      expect(item).toHaveAttribute('aria-disabled', 'true');
      expect(item).toHaveAccessibleDescription('An image is being created from this instance');
    }
    // Visible text, not only a tooltip or an attribute: a sighted user reads the reason in place.
    const stop = within(submenu).getByRole('menuitem', { name: 'Stop' });
    expect(within(stop).getByText('An image is being created from this instance')).toBeVisible();
  });

  it('offers what the status allows and says why the rest cannot run', async () => {
    renderApp('/regions/cn-hangzhou/instances');

    const { submenu } = await openSubmenu('web-prod-01', 'Instance Status');
    const start = within(submenu).getByRole('menuitem', { name: 'Start' });
    expect(start).toHaveAttribute('aria-disabled', 'true');
    expect(start).toHaveAccessibleDescription('The instance is already running');
    expect(within(submenu).getByRole('menuitem', { name: 'Stop' })).not.toHaveAttribute('aria-disabled');
    expect(within(submenu).getByRole('menuitem', { name: 'Restart' })).not.toHaveAttribute('aria-disabled');
  });

  it.each([
    { kind: 'security-locked', instance: makeInstance({ instanceName: 'locked-01', lockReasons: ['security'] }), reason: 'The instance is locked for security reasons' },
    { kind: 'expired', instance: makeInstance({ instanceName: 'expired-01', chargeType: 'PrePaid', expiredTime: '2020-01-01T00:00Z' }), reason: 'The subscription has expired' },
    { kind: 'Pending', instance: makeInstance({ instanceName: 'pending-01', status: 'Pending' }), reason: 'The instance must be Running or Stopped' },
  ])('disables Create Custom Image for a $kind instance, with the reason', async ({ instance, reason }) => {
    state.instances = [instance];
    renderApp('/regions/cn-hangzhou/instances');

    const { submenu } = await openSubmenu(instance.instanceName, 'Disk and Image');
    const item = within(submenu).getByRole('menuitem', { name: 'Create Custom Image' });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveAccessibleDescription(reason);
  });

  it('opens Create Custom Image for the instance of the row', async () => {
    renderApp('/regions/cn-hangzhou/instances');

    const { user, submenu } = await openSubmenu('db-staging-02', 'Disk and Image');
    await user.click(within(submenu).getByRole('menuitem', { name: 'Create Custom Image' }));

    const dialog = await screen.findByRole('dialog', { name: 'Create Custom Image' });
    expect(dialog).toHaveTextContent('cn-hangzhou i-bp1dbstaging02');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Create Custom Image' })).not.toBeInTheDocument();
  });

  it('works from the keyboard: ArrowRight or Enter opens a group, Escape or ArrowLeft closes only that group', async () => {
    const user = userEvent.setup();
    renderApp('/regions/cn-hangzhou/instances');
    const row = await screen.findByRole('row', { name: /web-prod-01/ });
    within(row).getByRole('button', { name: 'More' }).focus();

    await user.keyboard('{Enter}');
    const group = await screen.findByRole('menuitem', { name: 'Instance Status' });
    await waitFor(() => expect(group).toHaveFocus());
    expect(group).toHaveAttribute('aria-haspopup', 'menu');

    await user.keyboard('{ArrowRight}');
    const submenu = await screen.findByRole('menu', { name: 'Instance Status' });
    expect(group).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(submenu).toContainElement(document.activeElement as HTMLElement));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu', { name: 'Instance Status' })).not.toBeInTheDocument());
    expect(screen.getByRole('menu', { name: 'More' })).toBeInTheDocument();
    await waitFor(() => expect(group).toHaveFocus());

    await user.keyboard('{ArrowDown}{Enter}');
    const diskMenu = await screen.findByRole('menu', { name: 'Disk and Image' });
    await waitFor(() => expect(within(diskMenu).getByRole('menuitem', { name: 'Create Custom Image' })).toHaveFocus());
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(screen.queryByRole('menu', { name: 'Disk and Image' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Disk and Image' })).toHaveFocus());
  });
});

describe('Start, Stop and Restart', () => {
  it('asks before stopping, names the instance, then stops it and refreshes the list', async () => {
    const stopRequests: string[] = [];
    server.use(
      http.post('*/api/regions/:regionId/instances/:instanceId/stop', ({ params }) => {
        stopRequests.push(String(params.instanceId));
        state.instances = [{ ...webProd, status: 'Stopping' }, dbStaging];
        return HttpResponse.json({ requestId: 'REQ-STOP' }, { status: 202 });
      }),
    );
    renderApp('/regions/cn-hangzhou/instances');

    const { user, submenu } = await openSubmenu('web-prod-01', 'Instance Status');
    await user.click(within(submenu).getByRole('menuitem', { name: 'Stop' }));

    const dialog = await screen.findByRole('dialog', { name: 'Stop Instance' });
    expect(dialog).toHaveTextContent('i-bp1webprod01');
    expect(dialog).toHaveTextContent('web-prod-01');
    expect(dialog).toHaveTextContent('Running workloads on the instance are interrupted.');
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Stop Instance' })).not.toBeInTheDocument());
    expect(stopRequests).toEqual(['i-bp1webprod01']);
    expect(screen.getByRole('row', { name: /web-prod-01/ })).toHaveTextContent('Stopping');
  });

  it('keeps the dialog open with the error when the console refuses', async () => {
    server.use(
      http.post('*/api/regions/:regionId/instances/:instanceId/start', () =>
        HttpResponse.json(
          { code: 'Conflict', message: 'An image is being created from this instance.', requestId: 'REQ-409' },
          { status: 409 },
        ),
      ),
    );
    renderApp('/regions/cn-hangzhou/instances');

    const { user, submenu } = await openSubmenu('db-staging-02', 'Instance Status');
    await user.click(within(submenu).getByRole('menuitem', { name: 'Start' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start Instance' });
    expect(dialog).not.toHaveTextContent('Running workloads');
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('An image is being created from this instance.');
    expect(alert).toHaveTextContent('Error code: Conflict');
    expect(alert).toHaveTextContent('Request ID: REQ-409');
    expect(screen.getByRole('dialog', { name: 'Start Instance' })).toBeInTheDocument();
  });
});
