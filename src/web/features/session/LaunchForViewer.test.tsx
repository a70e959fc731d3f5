// @vitest-environment jsdom
import { configure, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Session } from '../../../contract';
import { api, server, startServerPerFile } from '../images/test/server';
import { renderWithApp } from '../images/test/renderWithApp';
import { CreateInstancePage } from '../launch/CreateInstancePage';
import { baseline, instanceTypes, network, zones } from '../launch/testing/fixtures';

startServerPerFile();
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 10_000 });

const REGION = 'cn-hangzhou';

/** The create-instance page is reachable by URL, so a viewer who lands there must see why Create is off. */
function openAs(session: Session) {
  server.use(
    http.get(api('/session'), () => HttpResponse.json(session)),
    http.get(api(`/regions/${REGION}/images/${baseline.imageId}`), () => HttpResponse.json(baseline)),
    http.get(api(`/regions/${REGION}/zones`), () => HttpResponse.json(zones)),
    http.get(api(`/regions/${REGION}/network`), () => HttpResponse.json(network)),
    http.get(api(`/regions/${REGION}/instance-types`), () => HttpResponse.json(instanceTypes)),
  );
  renderWithApp(<CreateInstancePage />, {
    path: '/regions/:regionId/images/:imageId/create-instance',
    url: `/regions/${REGION}/images/${baseline.imageId}/create-instance`,
  });
}

describe('Create Instance page and roles', () => {
  it("disables a viewer's Create button and says why", async () => {
    openAs({ authenticated: true, username: 'vera', role: 'viewer', csrfToken: 't', authMode: 'local' });
    await screen.findByText('Your role (viewer) cannot do this');
    const create = screen.getByRole('button', { name: 'Create' });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription('Your role (viewer) cannot do this');
  });

  it("leaves an operator's Create button enabled", async () => {
    openAs({ authenticated: true, username: 'olivia', role: 'operator', csrfToken: 't', authMode: 'local' });
    expect(await screen.findByRole('button', { name: 'Create' })).toBeEnabled();
    expect(screen.queryByText('Your role (viewer) cannot do this')).not.toBeInTheDocument();
  });
});
