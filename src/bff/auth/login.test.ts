import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../contract';
import { demoUsers } from './users';
import { Client, PASSWORDS, SECRET, startAuthHarness, testUsers, type AuthHarness } from './testing';

let harness: AuthHarness;
beforeAll(async () => {
  harness = await startAuthHarness('local', { trustProxy: true });
});
afterAll(() => harness.close());

const sessionCookie = (response: { cookies: { name: string }[] }) =>
  response.cookies.find((cookie) => cookie.name === 'ecs_console_session') as Record<string, unknown> | undefined;

describe('signing in with a local account', () => {
  it('says sign-in is needed before it happens, and offers no demo accounts outside the demo', async () => {
    const { status, json } = await new Client(harness.app).send('GET', '/api/session');
    expect(status).toBe(200);
    expect(json).toEqual({ authenticated: false, authRequired: true, demoSignIn: false, authMode: 'local' });
  });

  it('signs in, sets an HttpOnly cookie (SameSite=Lax and not Secure over plain HTTP), and remembers the user', async () => {
    const client = new Client(harness.app);
    const { status, json, response } = await client.signIn('olivia');
    expect(status).toBe(200);
    expect(json).toEqual({ authenticated: true, username: 'olivia', role: 'operator', csrfToken: expect.any(String), authMode: 'local' });
    expect(sessionCookie(response)).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(sessionCookie(response)?.secure).toBeUndefined();

    const again = await client.send('GET', '/api/session');
    expect(again.json).toMatchObject({ authenticated: true, username: 'olivia', role: 'operator', csrfToken: json.csrfToken });
  });

  it('marks the cookie Secure and SameSite=Strict behind a TLS proxy (TRUST_PROXY, X-Forwarded-Proto: https)', async () => {
    const client = new Client(harness.app, { headers: { 'x-forwarded-proto': 'https' } });
    const { response } = await client.signIn('vera');
    expect(sessionCookie(response)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
  });

  it('refuses a wrong password and an unknown user alike, without a cookie', async () => {
    const wrong = await new Client(harness.app).send('POST', '/api/session', { username: 'vera', password: 'not-it' });
    const unknown = await new Client(harness.app).send('POST', '/api/session', { username: 'mallory', password: 'not-it' });
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.json).toEqual({ code: 'Unauthenticated', message: 'The username or password is incorrect.' });
      expect(sessionCookie(answer.response)).toBeUndefined();
    }
  });

  it('names the missing field of a malformed sign-in', async () => {
    const { status, json } = await new Client(harness.app).send('POST', '/api/session', { username: 'vera' });
    expect(status).toBe(400);
    expect(json).toMatchObject({ code: 'InvalidInput', field: 'password' });
  });

  it('allows 5 attempts a minute per address and username, then answers 429 in the contract shape', async () => {
    const from = (address: string) => new Client(harness.app, { remoteAddress: address });
    const attacker = from('203.0.113.9');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await attacker.send('POST', '/api/session', { username: 'olivia', password: `guess-${attempt}` })).status).toBe(401);
    }
    const limited = await attacker.send('POST', '/api/session', { username: 'olivia', password: PASSWORDS.olivia });
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ code: 'Throttled', message: expect.stringMatching(/^Too many sign-in attempts for this username\. Try again in/) });
    expect(Number(limited.response.headers['retry-after'])).toBeGreaterThan(0);

    // Another username from the same address, and the same username from elsewhere, still work.
    expect((await attacker.signIn('vera')).status).toBe(200);
    expect((await from('198.51.100.7').signIn('olivia')).status).toBe(200);
  });

  it('signs out: the session is gone and its cookie cleared', async () => {
    const client = new Client(harness.app);
    await client.signIn('vera');
    const oldCookie = client.cookie;
    const out = await client.send('DELETE', '/api/session');
    expect(out.status).toBe(204);
    expect(client.cookie).toBeUndefined();

    const replay = await harness.app.inject({ method: 'GET', url: '/api/regions', headers: { cookie: oldCookie! } });
    expect(replay.statusCode).toBe(401);
  });
});

describe('demo accounts (mock mode only)', () => {
  it('sign in with the public demo password and are offered on the sign-in page', async () => {
    const demo = await startAuthHarness({ mode: 'local', users: [...(await testUsers()), ...(await demoUsers())], demoSignIn: true, sessionSecret: SECRET });
    try {
      const client = new Client(demo.app);
      expect((await client.send('GET', '/api/session')).json).toMatchObject({ authRequired: true, demoSignIn: true });
      const { json } = await client.send('POST', '/api/session', { username: 'demo-viewer', password: DEMO_PASSWORD });
      expect(json).toMatchObject({ authenticated: true, username: 'demo-viewer', role: 'viewer' });
    } finally {
      await demo.close();
    }
  });
});
