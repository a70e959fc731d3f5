import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { RegionList } from '../../../../contract';

/** Matches the console's relative /api URLs whatever origin jsdom gives the page. */
export const api = (path: string) => `*/api${path}`;

const regions: RegionList = {
  regions: [{ regionId: 'cn-hangzhou', localName: 'China (Hangzhou)', endpoint: 'ecs.cn-hangzhou.aliyuncs.com', status: 'available' }],
};

/** The BFF as seen from the browser; each test adds the answers it needs with server.use(). */
export const server = setupServer(
  http.get(api('/regions'), () => HttpResponse.json(regions)),
  // Loopback without sign-in: everyone an operator (features/session).
  http.get(api('/session'), () => HttpResponse.json({ authenticated: false, authRequired: false, demoSignIn: false, authMode: 'none' })),
);

export function startServerPerFile() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
