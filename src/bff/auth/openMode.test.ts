import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANGZHOU, WEB_PROD_01 } from '../testing/harness';
import { Client, startAuthHarness, type AuthHarness } from './testing';

let harness: AuthHarness;
beforeAll(async () => {
  harness = await startAuthHarness('none');
});
afterAll(() => harness.close());

describe('without sign-in configured (loopback)', () => {
  it('everyone is an operator, no session or token needed, as before', async () => {
    const client = new Client(harness.app);
    expect((await client.send('GET', '/api/session')).json).toEqual({ authenticated: false, authRequired: false, demoSignIn: false, authMode: 'none' });
    const { status, response } = await client.send('POST', `${HANGZHOU}/instances/${WEB_PROD_01}/stop`);
    expect(status).toBe(202);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('audits as anonymous-local when an audit log is configured', () => {
    expect(harness.audit.entries.at(-1)).toMatchObject({
      who: 'anonymous-local',
      role: 'operator',
      action: 'POST /api/regions/:regionId/instances/:instanceId/stop',
      result: { status: 202 },
    });
  });
});
