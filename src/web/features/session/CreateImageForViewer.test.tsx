// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../contract';
import { CreateImageDialog } from '../images/CreateImageDialog';
import { REGION_ID, webProd01, webProd01Disks } from '../images/test/fixtures';
import { renderWithApp } from '../images/test/renderWithApp';
import { api, server, startServerPerFile } from '../images/test/server';

// The dialog is a large MUI tree: slow in jsdom, the more so when every suite runs at once.
vi.setConfig({ testTimeout: 20_000 });
startServerPerFile();

function openAs(session: Session) {
  server.use(
    http.get(api('/session'), () => HttpResponse.json(session)),
    http.get(api(`/regions/${REGION_ID}/instances/${webProd01.instanceId}/disks`), () => HttpResponse.json({ disks: webProd01Disks })),
  );
  renderWithApp(<CreateImageDialog open regionId={REGION_ID} instance={webProd01} onClose={() => undefined} />);
  return screen.getByRole('dialog', { name: 'Create Custom Image' });
}

describe('Create Custom Image dialog and roles', () => {
  it("disables a viewer's Create button and says why", async () => {
    openAs({ authenticated: true, username: 'vera', role: 'viewer', csrfToken: 't', authMode: 'local' });
    await screen.findByText('Your role (viewer) cannot do this');
    const create = screen.getByRole('button', { name: 'Create' });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription('Your role (viewer) cannot do this');
  });

  it("leaves an operator's Create button enabled", async () => {
    openAs({ authenticated: true, username: 'olivia', role: 'operator', csrfToken: 't', authMode: 'local' });
    await screen.findByText(/40 GiB/);
    expect(screen.getByRole('button', { name: 'Create' })).toBeEnabled();
  });
});
