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
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { withRetries } from './ecs/retryingEcsPort';
import { builtSpaDir } from './testing/builtSpa';
import { HANGZHOU, SECURITY_LOCKED, WEB_PROD_01, imageBody } from './testing/harness';
import { listRoutes } from './testing/routes';

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
/** Live-mode shape: the standard credential chain reading a (wrong) secret from the environment. */
let envChainApp: FastifyInstance;
/** An ECS that never answers (connection refused), behind the retrying decorator. */
let unreachableApp: FastifyInstance;
const ENV_SECRET = 'env-chain-secret-Hq72vNc01xZ';
const savedEnv = { ...process.env };
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
  Object.assign(process.env, {
    ALIBABA_CLOUD_ACCESS_KEY_ID: accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: ENV_SECRET,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
  });
  const logger = loggerOptions('trace', logStream);
  envChainApp = await buildApp({ ecs: new SdkEcsClient({ credentials: { kind: 'defaultChain' } }), mode: 'live', endpointLabel: 'test', logger });
  const unreachable = new SdkEcsClient({
    credentials: { kind: 'accessKey', accessKeyId, accessKeySecret: secret },
    endpoint: '127.0.0.1:1',
    protocol: 'http',
  });
  const fast = { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2, callTimeoutMs: 3_000, totalBudgetMs: 6_000 };
  unreachableApp = await buildApp({ ecs: withRetries(unreachable, fast), mode: 'live', endpointLabel: 'test', logger });
});
afterAll(async () => {
  await app.close();
  await wrongKeyApp.close();
  await envChainApp.close();
  await unreachableApp.close();
  interception.close();
  process.env = savedEnv;
});

const SECRETS = () => [secret, WRONG_SECRET, ENV_SECRET];

function expectNoSecretIn(texts: readonly string[]) {
  for (const text of texts) {
    for (const hidden of SECRETS()) expect(text).not.toContain(hidden);
  }
}

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

it("keeps the secret out of every route's answers and the logs: good and bad input, every credential failure", { timeout: 60_000 }, async () => {
  const routes = listRoutes(app);
  expect(routes.length).toBeGreaterThanOrEqual(17);
  const goodParams: Record<string, string> = { regionId: 'cn-hangzhou', instanceId: WEB_PROD_01, imageId: 'm-bp1do1thh73546fk0ma4' };
  const urls = (url: string) => [
    url.replace(/:(\w+)/g, (_, name: string) => goodParams[name] ?? 'x-1'),
    url.replace(/:(\w+)/g, () => encodeURIComponent('../&Action=DeleteImage%')),
  ];
  let answered = 0;
  for (const target of [app, wrongKeyApp, envChainApp, unreachableApp]) {
    for (const route of routes) {
      for (const url of urls(route.url)) {
        const bodies = route.method === 'GET' ? [undefined] : [{}, imageBody(), { imageName: 1, __proto__: { x: 1 } }];
        for (const payload of bodies) {
          await record(target, route.method as 'GET' | 'POST', url, payload);
          answered += 1;
        }
      }
    }
  }
  expect(answered).toBeGreaterThan(100);
  // Each credential failure really happened, so its error paths were exercised.
  const envRefused = await record(envChainApp, 'GET', '/api/regions');
  expect(envRefused.json()).toMatchObject({ ecsCode: 'SignatureDoesNotMatch' });
  const unreachable = await record(unreachableApp, 'GET', '/api/regions');
  expect(unreachable.statusCode).toBe(502);
  // The logger runs at trace, so every line any level would write was captured: requests at
  // info, ECS refusals at info, unreachable/5xx ECS at warn.
  for (const level of [30, 40]) expect(logLines.some((line) => line.includes(`"level":${level}`))).toBe(true);
  expectNoSecretIn([...bodies, ...logLines]);
});

it('keeps the secret out of the built web bundle (scripts, styles, HTML and source maps)', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(builtSpaDir());
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  const contents = files.map((file) => readFileSync(file, 'utf8'));
  expectNoSecretIn(contents);
  // The emulator's credentials are mocks/' business; the web must not even carry their names.
  for (const text of contents) expect(text).not.toMatch(/ACCESS_KEY_SECRET|accessKeySecret/);
}, 120_000);
