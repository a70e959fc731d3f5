// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockClockState, MockScenarioList, ScenarioName } from '../../../contract';
import { createApiServer, requests, type ApiState } from '../../app/testing/apiServer';
import { renderApp } from '../../app/testing/renderApp';
import { dbStaging, webProd } from '../instances/testing/fixtures';

vi.setConfig({ testTimeout: 30_000 });
/** jsdom renders the whole shell and MUI table: slow when every suite runs at once. */
const SLOW = { timeout: 10_000 };

const state: ApiState = { mode: 'mock', instances: [], builds: [] };
const server = createApiServer(state);
/** What the emulator's control API received, in order. */
const controlCalls: Array<{ method: string; path: string; body: unknown }> = [];
let current: ScenarioName = 'demo';
let clock: MockClockState = { now: '2026-01-15T02:00:00.000Z', speed: 1, frozen: false };

const scenarioList = (): MockScenarioList => ({
  current,
  scenarios: [
    { name: 'demo', description: 'The demo account.' },
    { name: 'empty', description: 'No instances.' },
  ],
});

async function record(request: Request) {
  const text = await request.text();
  controlCalls.push({ method: request.method, path: new URL(request.url).pathname, body: text ? JSON.parse(text) : undefined });
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state.mode = 'mock';
  state.instances = [webProd, dbStaging];
  current = 'demo';
  clock = { now: '2026-01-15T02:00:00.000Z', speed: 1, frozen: false };
  controlCalls.length = 0;
  requests.length = 0;
  localStorage.clear();
  server.use(
    http.get('*/__mock/scenario', () => HttpResponse.json(scenarioList())),
    http.post('*/__mock/scenario', async ({ request }) => {
      await record(request.clone());
      current = ((await request.json()) as { name: ScenarioName }).name;
      // The emulator now holds the chosen scenario: the empty account has no instances.
      if (current === 'empty') state.instances = [];
      return HttpResponse.json(scenarioList());
    }),
    http.get('*/__mock/clock', () => HttpResponse.json(clock)),
    http.post('*/__mock/clock', async ({ request }) => {
      await record(request.clone());
      clock = { ...clock, ...((await request.json()) as Partial<MockClockState>) };
      return HttpResponse.json(clock);
    }),
    http.post('*/__mock/reset', async ({ request }) => {
      await record(request);
      current = 'demo';
      state.instances = [webProd, dbStaging];
      return new HttpResponse(null, { status: 204 });
    }),
  );
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function openPanel() {
  const user = userEvent.setup();
  renderApp('/regions/cn-hangzhou/instances');
  await screen.findByRole('row', { name: /web-prod-01/ }, SLOW);
  await user.click(screen.getByRole('button', { name: 'Demo' }));
  return { user, panel: await screen.findByRole('dialog', { name: 'Demo controls' }, SLOW) };
}

describe('the Demo control', () => {
  it('is in the top bar next to the Emulator badge in mock mode', async () => {
    renderApp('/regions/cn-hangzhou/instances');
    expect(await screen.findByRole('button', { name: 'Demo' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Emulator')).toBeInTheDocument();
  });

  it('does not exist in live mode', async () => {
    state.mode = 'live';
    renderApp('/regions/cn-hangzhou/instances');
    await screen.findByRole('row', { name: /web-prod-01/ }, SLOW);
    expect(screen.queryByRole('button', { name: 'Demo' })).not.toBeInTheDocument();
    expect(screen.queryByText('Emulator')).not.toBeInTheDocument();
  });

  it('loads a scenario and refreshes what is on screen', async () => {
    const { user, panel } = await openPanel();
    expect(within(panel).getByText(/runs on the ECS emulator/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('combobox', { name: 'Scenario' }));
    await user.click(await screen.findByRole('option', { name: 'Empty account' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Scenario "Empty account" is loaded.');
    expect(controlCalls).toContainEqual({ method: 'POST', path: '/__mock/scenario', body: { name: 'empty' } });
    await user.keyboard('{Escape}');
    expect(await screen.findByText('No instances in China (Hangzhou)', {}, SLOW)).toBeInTheDocument();
  });

  it('sets the pace and freezes time', async () => {
    const { user, panel } = await openPanel();
    const pace = await within(panel).findByRole('group', { name: 'Pace' });
    await user.click(within(pace).getByRole('button', { name: '20x' }));
    await waitFor(() => expect(within(pace).getByRole('button', { name: '20x' })).toHaveAttribute('aria-pressed', 'true'));
    expect(within(panel).getByText('Emulated time runs at 20x.')).toBeInTheDocument();

    await user.click(within(panel).getByRole('switch', { name: 'Freeze time' }));
    expect(await within(panel).findByText(/Time is frozen/)).toBeInTheDocument();
    expect(controlCalls.map((call) => call.body)).toEqual([{ speed: 20 }, { frozen: true }]);
  });

  it('resets the demo and says so', async () => {
    const { user, panel } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: 'Reset demo' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent('The demo is back to its start.');
    expect(controlCalls.map((call) => call.path)).toEqual(['/__mock/reset']);
  });

  it('shows the emulator’s refusal instead of pretending', async () => {
    server.use(
      http.post('*/__mock/scenario', () =>
        HttpResponse.json({ code: 'InvalidInput', message: 'name must be one of demo, empty.', field: 'name' }, { status: 400 }),
      ),
    );
    const { user, panel } = await openPanel();
    await user.click(within(panel).getByRole('combobox', { name: 'Scenario' }));
    await user.click(await screen.findByRole('option', { name: 'Empty account' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent('The emulator did not accept the change: name must be one of demo, empty.');
  });
});
