// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router-dom';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoginBody, Session } from '../../../contract';
import { apiPath, apiPost } from '../../api/http';
import { initI18n } from '../../i18n';
import { SessionGuard, safeNext } from './SessionGuard';
import { SignInPage } from './SignInPage';
import { z } from 'zod';

// Typing into MUI fields is slow in jsdom, the more so when every suite runs at once.
vi.setConfig({ testTimeout: 20_000 });

const anonymous: Session = { authenticated: false, authRequired: true, demoSignIn: false, authMode: 'local' };
const state: { session: Session; logins: LoginBody[]; csrfHeaders: (string | null)[] } = { session: anonymous, logins: [], csrfHeaders: [] };

/** A BFF that accepts olivia / right-password (and the demo accounts), and refuses the 4th bad try with 429. */
const server = setupServer(
  http.get('*/api/session', () => HttpResponse.json(state.session)),
  http.post('*/api/session', async ({ request }) => {
    const body = (await request.json()) as LoginBody;
    state.logins.push(body);
    const bad = state.logins.filter((login) => login.password !== 'right-password' && login.password !== 'demo').length;
    if (bad >= 4) return HttpResponse.json({ code: 'Throttled', message: 'Too many sign-in attempts for this username. Try again in 1 minute.' }, { status: 429 });
    if (body.password !== 'right-password' && body.password !== 'demo') {
      return HttpResponse.json({ code: 'Unauthenticated', message: 'The username or password is incorrect.' }, { status: 401 });
    }
    const role = body.username === 'demo-viewer' ? 'viewer' : 'operator';
    state.session = { authenticated: true, username: body.username, role, csrfToken: 'token-123', authMode: 'local' };
    return HttpResponse.json(state.session);
  }),
  http.post('*/api/regions/cn-hangzhou/instances/i-1/stop', ({ request }) => {
    state.csrfHeaders.push(request.headers.get('x-csrf-token'));
    return HttpResponse.json({ requestId: 'req-1' }, { status: 202 });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state.session = anonymous;
  state.logins = [];
  state.csrfHeaders = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function Where() {
  const { pathname, search } = useLocation();
  return <output aria-label="Current location">{pathname + search}</output>;
}

function renderConsole(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/sign-in', element: <><SignInPage /><Where /></> },
      { path: '/', element: <Where /> },
      { path: '/regions/:regionId/instances', element: <SessionGuard><h1>Instances</h1><Where /></SessionGuard> },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nextProvider i18n={initI18n()}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const location = () => screen.getByRole('status', { name: 'Current location' }).textContent;

describe('Sign-in page', () => {
  it('is where a console page sends a signed-out user, and sends them back after signing in', async () => {
    const user = userEvent.setup();
    renderConsole('/regions/cn-hangzhou/instances?status=Running');
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(location()).toBe('/sign-in?next=%2Fregions%2Fcn-hangzhou%2Finstances%3Fstatus%3DRunning');
    expect(screen.queryByRole('button', { name: 'Sign in as demo operator' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/Username/), 'olivia');
    await user.type(screen.getByLabelText(/Password/), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-in failed');
    expect(alert).toHaveTextContent('The username or password is incorrect.');

    await user.clear(screen.getByLabelText(/Password/));
    await user.type(screen.getByLabelText(/Password/), 'right-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Instances' })).toBeInTheDocument();
    expect(location()).toBe('/regions/cn-hangzhou/instances?status=Running');
    expect(state.logins.at(-1)).toEqual({ username: 'olivia', password: 'right-password' });

    // From now on, every request that changes something carries the session's CSRF token.
    await apiPost(apiPath(['regions', 'cn-hangzhou', 'instances', 'i-1', 'stop']), z.object({ requestId: z.string() }));
    expect(state.csrfHeaders).toEqual(['token-123']);
  });

  it('says so when there were too many attempts', async () => {
    const user = userEvent.setup();
    state.logins = [1, 2, 3].map(() => ({ username: 'olivia', password: 'guess' }));
    renderConsole('/sign-in');
    await user.type(await screen.findByLabelText(/Username/), 'olivia');
    await user.type(screen.getByLabelText(/Password/), 'another-guess');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many sign-in attempts');
    expect(alert).toHaveTextContent('Try again in 1 minute.');
  });

  it('signs in a demo account with one click in the demo', async () => {
    const user = userEvent.setup();
    state.session = { ...anonymous, demoSignIn: true };
    renderConsole('/sign-in?next=/regions/cn-hangzhou/instances');
    await user.click(await screen.findByRole('button', { name: 'Sign in as demo viewer' }));
    expect(await screen.findByRole('heading', { name: 'Instances' })).toBeInTheDocument();
    expect(state.logins).toEqual([{ username: 'demo-viewer', password: 'demo' }]);
    expect(screen.queryByRole('button', { name: 'Sign in as demo operator' })).not.toBeInTheDocument();
  });

  it('is skipped when the console needs no sign-in (loopback)', async () => {
    state.session = { authenticated: false, authRequired: false, demoSignIn: false, authMode: 'none' };
    renderConsole('/sign-in?next=/regions/cn-hangzhou/instances');
    expect(await screen.findByRole('heading', { name: 'Instances' })).toBeInTheDocument();
  });

  it('sends the user back only to a page of this console', () => {
    expect(safeNext('/regions/cn-hangzhou/images?page=2')).toBe('/regions/cn-hangzhou/images?page=2');
    for (const next of ['https://evil.example', '//evil.example', '/sign-in?next=/x', null]) expect(safeNext(next)).toBe('/');
  });
});
