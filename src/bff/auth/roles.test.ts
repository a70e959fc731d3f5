import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_STAGING_02, HANGZHOU, WEB_PROD_01, imageBody } from '../testing/harness';
import { Client, startAuthHarness, type AuthHarness } from './testing';

let harness: AuthHarness;
beforeAll(async () => {
  harness = await startAuthHarness();
});
afterAll(() => harness.close());

/** Every registered route with this method, as full paths, read from Fastify's route tree. */
function routesWith(app: FastifyInstance, method: string): string[] {
  const paths: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false, method } as Parameters<FastifyInstance['printRoutes']>[0]).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)( \((.+)\))?/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    if (match[4]?.split(', ').includes(method)) paths.push(stack.join(''));
  }
  return paths;
}

const SAMPLE: Record<string, string> = { regionId: 'cn-hangzhou', instanceId: DB_STAGING_02, imageId: 'm-bp1notreal00001' };
const concrete = (path: string) => path.replace(/:(\w+)/g, (_all, name: string) => SAMPLE[name] ?? 'x-1');

const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Every mutating /api route (sign-in aside), and the emulator's controls (one /__mock/* wildcard route). */
const mutatingRoutes = () => [
  ...MUTATING.flatMap((method) => routesWith(harness.app, method).map((path) => ({ method, path }))).filter(
    ({ path }) => path.startsWith('/api/') && path !== '/api/session',
  ),
  { method: 'POST' as const, path: '/__mock/reset' },
  { method: 'POST' as const, path: '/__mock/advance' },
];

describe('roles', () => {
  it('finds the mutating routes to check (today at least start/stop/restart, create image and the mock controls)', () => {
    const paths = mutatingRoutes().map(({ method, path }) => `${method} ${path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'POST /api/regions/:regionId/instances/:instanceId/stop',
        'POST /api/regions/:regionId/instances/:instanceId/images',
        'POST /__mock/reset',
      ]),
    );
  });

  it('a viewer reads, but every mutating route answers 403 Forbidden naming the role', async () => {
    const vera = new Client(harness.app);
    await vera.signIn('vera');
    expect((await vera.send('GET', `${HANGZHOU}/instances`)).status).toBe(200);
    for (const { method, path } of mutatingRoutes()) {
      const { status, json } = await vera.send(method, concrete(path), {});
      expect({ route: `${method} ${path}`, status, json }).toEqual({
        route: `${method} ${path}`,
        status: 403,
        json: { code: 'Forbidden', message: 'Your role (viewer) cannot do this: only operators can change resources.' },
      });
    }
  });

  it('without a session every route but sign-in answers 401 Unauthenticated', async () => {
    const nobody = new Client(harness.app);
    for (const { method, path } of [{ method: 'GET', path: '/api/regions' }, { method: 'GET', path: '/api/meta' }, ...mutatingRoutes()]) {
      const { status, json } = await nobody.send(method as 'GET', concrete(path), method === 'GET' ? undefined : {});
      expect({ route: `${method} ${path}`, status, code: json?.code }).toEqual({ route: `${method} ${path}`, status: 401, code: 'Unauthenticated' });
    }
  });

  it('an operator stops an instance and creates an image', async () => {
    const olivia = new Client(harness.app);
    await olivia.signIn('olivia');
    const created = await olivia.send('POST', `${HANGZHOU}/instances/${WEB_PROD_01}/images`, imageBody());
    expect(created.status).toBe(201);
    expect(created.json.imageId).toMatch(/^m-/);
    const stopped = await olivia.send('POST', `${HANGZHOU}/instances/${DB_STAGING_02}/start`);
    expect(stopped.status).toBe(202);
    expect((await olivia.send('POST', '/__mock/reset')).status).toBe(204);
  });
});

describe('CSRF', () => {
  let olivia: Client;
  beforeAll(async () => {
    olivia = new Client(harness.app);
    await olivia.signIn('olivia');
  });
  const stop = (headers: Record<string, string>) =>
    harness.app.inject({ method: 'POST', url: `${HANGZHOU}/instances/${WEB_PROD_01}/restart`, headers: { cookie: olivia.cookie!, ...headers } });

  it('refuses a mutating request without the x-csrf-token header, naming the missing token', async () => {
    const response = await stop({});
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({
      code: 'Forbidden',
      message: 'The CSRF token is missing: send the x-csrf-token header with the token from GET /api/session.',
    });
  });

  it("refuses another session's token or a made-up one", async () => {
    const other = new Client(harness.app);
    await other.signIn('olivia');
    for (const token of [other.csrfToken!, 'made-up']) {
      const response = await stop({ 'x-csrf-token': token });
      expect(response.statusCode).toBe(403);
      expect(response.json().message).toMatch(/^The CSRF token \(x-csrf-token header\) does not belong to this session/);
    }
  });

  it('lets the request through with the right token', async () => {
    expect((await stop({ 'x-csrf-token': olivia.csrfToken! })).statusCode).toBe(202);
    await olivia.send('POST', '/__mock/reset');
  });
});
