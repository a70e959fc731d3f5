import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANGZHOU, SECURITY_LOCKED, WEB_PROD_01, imageBody } from '../testing/harness';
import { fileAuditSink } from './audit';
import { Client, PASSWORDS, SECRET, startAuthHarness, type AuthHarness } from './testing';

let harness: AuthHarness;
beforeAll(async () => {
  harness = await startAuthHarness();
});
afterAll(() => harness.close());

const lastEntry = () => harness.audit.entries.at(-1);

describe('the audit log', () => {
  it('records who did what to which resource, the result and ECS RequestId', async () => {
    const olivia = new Client(harness.app);
    await olivia.signIn('olivia');
    const { json } = await olivia.send('POST', `${HANGZHOU}/instances/${WEB_PROD_01}/images`, imageBody());
    expect(lastEntry()).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      who: 'olivia',
      role: 'operator',
      action: 'POST /api/regions/:regionId/instances/:instanceId/images',
      target: { regionId: 'cn-hangzhou', resourceIds: { instanceId: WEB_PROD_01 } },
      result: { status: 201 },
      ecsRequestId: json.requestId,
      ip: '127.0.0.1',
    });

    const refused = await olivia.send('POST', `${HANGZHOU}/instances/${SECURITY_LOCKED}/stop`);
    // ECS refuses a security-locked instance: the line keeps ECS's RequestId of the refusal.
    expect(refused.status).toBe(409);
    expect(refused.json.requestId).toEqual(expect.any(String));
    expect(lastEntry()).toMatchObject({
      who: 'olivia',
      result: { status: 409, code: 'Conflict' },
      ecsRequestId: refused.json.requestId,
    });
  });

  it('records refusals: a viewer, a missing session, a failed sign-in, never with a password or token', async () => {
    const vera = new Client(harness.app);
    await vera.signIn('vera');
    await vera.send('POST', `${HANGZHOU}/instances/${WEB_PROD_01}/stop`);
    expect(lastEntry()).toMatchObject({ who: 'vera', role: 'viewer', result: { status: 403, code: 'Forbidden' } });

    await new Client(harness.app).send('POST', `${HANGZHOU}/instances/${WEB_PROD_01}/stop`);
    expect(lastEntry()).toMatchObject({ who: 'unauthenticated', role: null, result: { status: 401, code: 'Unauthenticated' } });

    await new Client(harness.app).send('POST', '/api/session', { username: 'olivia', password: 'a-wrong-guess-123' });
    expect(lastEntry()).toMatchObject({ who: 'olivia', role: null, action: 'POST /api/session', result: { status: 401 } });

    const log = harness.audit.lines.join('\n');
    for (const secret of ['a-wrong-guess-123', PASSWORDS.olivia, PASSWORDS.vera, SECRET, vera.csrfToken!, vera.cookie!]) {
      expect(log).not.toContain(secret);
    }
  });

  it('leaves reads out', async () => {
    const before = harness.audit.entries.length;
    const olivia = new Client(harness.app);
    await olivia.signIn('olivia');
    await olivia.send('GET', `${HANGZHOU}/instances`);
    expect(harness.audit.entries.length).toBe(before + 1); // the sign-in only
  });

  it('appends JSON lines to AUDIT_LOG_FILE', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.log');
    const sink = fileAuditSink(file);
    sink.write(harness.audit.entries[0]!);
    sink.write(harness.audit.entries[1]!);
    await sink.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([harness.audit.entries[0], harness.audit.entries[1]]);
  });
});
