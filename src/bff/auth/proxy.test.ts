import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANGZHOU, WEB_PROD_01 } from '../testing/harness';
import { Client, SECRET, startAuthHarness, type AuthHarness } from './testing';

let harness: AuthHarness;
beforeAll(async () => {
  harness = await startAuthHarness({
    mode: 'proxy',
    header: 'x-forwarded-user',
    roleHeader: 'x-forwarded-role',
    defaultRole: 'viewer',
    trustedProxies: ['10.0.0.0/8', 'fd00::1'],
    sessionSecret: SECRET,
  });
});
afterAll(() => harness.close());

const via = (remoteAddress: string, headers: Record<string, string>) => new Client(harness.app, { remoteAddress, headers });

describe('behind a trusted sign-in proxy', () => {
  it("believes the proxy's user and role headers from the proxy's addresses", async () => {
    const alice = via('10.20.30.40', { 'x-forwarded-user': 'alice@example.com', 'x-forwarded-role': 'operator' });
    const { json } = await alice.send('GET', '/api/session');
    expect(json).toEqual({ authenticated: true, username: 'alice@example.com', role: 'operator', csrfToken: expect.any(String), authMode: 'proxy' });
    expect((await alice.send('GET', `${HANGZHOU}/instances`)).status).toBe(200);
    expect((await alice.send('POST', `${HANGZHOU}/instances/${WEB_PROD_01}/stop`)).status).toBe(202);
    expect((await via('::ffff:10.0.0.9', { 'x-forwarded-user': 'bob' }).send('GET', '/api/regions')).status).toBe(200);
    expect((await via('fd00::1', { 'x-forwarded-user': 'carol' }).send('GET', '/api/regions')).status).toBe(200);
  });

  it('makes a user without a known role a viewer', async () => {
    const bob = via('10.0.0.5', { 'x-forwarded-user': 'bob', 'x-forwarded-role': 'admin' });
    expect((await bob.send('GET', '/api/session')).json).toMatchObject({ username: 'bob', role: 'viewer' });
    expect((await bob.send('POST', `${HANGZHOU}/instances/${WEB_PROD_01}/start`)).json).toMatchObject({ code: 'Forbidden' });
  });

  it('answers 401 to the same header from any other address, even one that claims to be forwarded', async () => {
    const forger = via('203.0.113.5', { 'x-forwarded-user': 'alice@example.com', 'x-forwarded-role': 'operator', 'x-forwarded-for': '10.0.0.5' });
    for (const [method, url] of [['GET', '/api/session'], ['GET', '/api/regions'], ['POST', `${HANGZHOU}/instances/${WEB_PROD_01}/stop`]] as const) {
      const { status, json } = await forger.send(method, url);
      expect(status).toBe(401);
      expect(json.code).toBe('Unauthenticated');
      expect(json.message).toMatch(/accepted only from the sign-in proxy's addresses/);
    }
  });

  it('answers 401 when the proxy names nobody, and has no password sign-in', async () => {
    const anonymous = via('10.0.0.5', {});
    expect((await anonymous.send('GET', '/api/regions')).status).toBe(401);
    expect((await anonymous.send('GET', '/api/session')).json).toEqual({ authenticated: false, authRequired: true, demoSignIn: false, authMode: 'proxy' });
    expect((await anonymous.send('POST', '/api/session', { username: 'x', password: 'y' })).status).toBe(400);
  });

  it('still wants the CSRF token on mutating requests', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: `${HANGZHOU}/instances/${WEB_PROD_01}/restart`,
      remoteAddress: '10.0.0.5',
      headers: { 'x-forwarded-user': 'alice@example.com', 'x-forwarded-role': 'operator' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toMatch(/CSRF token is missing/);
  });
});
