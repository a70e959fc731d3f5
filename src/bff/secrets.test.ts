/**
 * The AccessKey secret must never reach a browser or a log line: drive the BFF through success,
 * bad input, ECS refusals and a wrong-secret client, capturing every response body and log line.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createEmulator } from '../../mocks/ecs/emulator';
import { startInProcessEcs } from '../../mocks/node';
import { buildApp } from './app';
import { SdkEcsClient } from './ecs/sdkEcsClient';
import { loggerOptions } from './logging';
import { HANGZHOU, SECURITY_LOCKED, WEB_PROD_01, imageBody } from './testing/harness';

const WRONG_SECRET = 'wrong-secret-Zq81xLm0pPq';
const logLines: string[] = [];
const bodies: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

let secret: string;
let interception: { close(): void };
let app: FastifyInstance;
let wrongKeyApp: FastifyInstance;
beforeAll(async () => {
  const emulator = createEmulator({ clock: 'manual' });
  interception = startInProcessEcs(emulator);
  const [accessKeyId, accessKeySecret] = [...emulator.credentials][0]!;
  secret = accessKeySecret;
  const build = (key: string) =>
    buildApp({
      ecs: new SdkEcsClient({ credentials: { kind: 'accessKey', accessKeyId, accessKeySecret: key } }),
      mode: 'mock',
      endpointLabel: 'test',
      logger: loggerOptions('trace', logStream),
    });
  app = await build(secret);
  wrongKeyApp = await build(WRONG_SECRET);
});
afterAll(async () => {
  await app.close();
  await wrongKeyApp.close();
  interception.close();
});

async function record(target: FastifyInstance, method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await target.inject({ method, url, ...(payload ? { payload } : {}) });
  bodies.push(response.body);
  return response;
}

it('keeps the secret out of every response body and log line', async () => {
  await record(app, 'GET', '/api/regions');
  await record(app, 'GET', `${HANGZHOU}/instances`);
  await record(app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/images`, imageBody());
  await record(app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/images`, imageBody({ imageName: '1bad' }));
  await record(app, 'POST', `${HANGZHOU}/instances/${SECURITY_LOCKED}/images`, imageBody());
  const refused = await record(wrongKeyApp, 'GET', '/api/regions');

  // The wrong key really was refused by ECS and explained as the server's problem.
  expect(refused.statusCode).toBe(502);
  expect(refused.json()).toMatchObject({ code: 'UpstreamUnavailable', ecsCode: 'SignatureDoesNotMatch' });
  expect(logLines.length).toBeGreaterThan(10);
  expect(logLines.some((line) => line.includes('SignatureDoesNotMatch'))).toBe(true);

  for (const text of [...bodies, ...logLines]) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(WRONG_SECRET);
  }
});
