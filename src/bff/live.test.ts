/**
 * Live mode, end to end over real HTTP: the SDK client configured as for Alibaba Cloud but with
 * ECS_ENDPOINT / ECS_PROTOCOL pointing at the standalone emulator, so the live path is exercised.
 */
import type { FastifyInstance } from 'fastify';
import { createEmulator } from '../../mocks/ecs/emulator';
import { startStandaloneEcs, type StandaloneEcs } from '../../mocks/server';
import { buildApp } from './app';
import { SdkEcsClient } from './ecs/sdkEcsClient';
import { startMockEcs } from './mockMode';
import { HANGZHOU, WEB_PROD_01, call, imageBody } from './testing/harness';

let standalone: StandaloneEcs;
let app: FastifyInstance;
beforeAll(async () => {
  const emulator = createEmulator({ clock: 'manual' });
  standalone = await startStandaloneEcs({ emulator, port: 0 });
  const [accessKeyId, accessKeySecret] = [...emulator.credentials][0]!;
  const endpoint = `127.0.0.1:${standalone.port}`;
  const ecs = new SdkEcsClient({ credentials: { kind: 'accessKey', accessKeyId, accessKeySecret }, endpoint, protocol: 'http' });
  app = await buildApp({ ecs, mode: 'live', endpointLabel: endpoint });
});
afterAll(async () => {
  await app.close();
  await standalone.close();
});

describe('live mode against an ECS endpoint over HTTP', () => {
  it('lists regions', async () => {
    const { status, json } = await call(app, 'GET', '/api/regions');
    expect(status).toBe(200);
    expect(json.regions).toContainEqual(expect.objectContaining({ regionId: 'cn-hangzhou', localName: 'China (Hangzhou)' }));
  });

  it('creates an image and lists it as Creating', async () => {
    const body = imageBody();
    const created = await call(app, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/images`, body);
    expect(created.status).toBe(201);
    const { json } = await call(app, 'GET', `${HANGZHOU}/images?status=Creating`);
    expect(json.images).toContainEqual(expect.objectContaining({ imageId: created.json.imageId, imageName: body.imageName }));
  });

  it('has no mock controls', async () => {
    const reset = await app.inject({ method: 'POST', url: '/__mock/reset' });
    const advance = await app.inject({ method: 'POST', url: '/__mock/advance', payload: { seconds: 60 } });
    expect([reset.statusCode, advance.statusCode]).toEqual([404, 404]);
    expect(reset.json().code).toBe('NotFound');
  });

  it('answers 502 without an ECS code when the endpoint does not answer at all', async () => {
    const closed = await startStandaloneEcs({ emulator: createEmulator({ clock: 'manual' }), port: 0 });
    await closed.close();
    const ecs = new SdkEcsClient({
      credentials: { kind: 'accessKey', accessKeyId: 'id', accessKeySecret: 'secret' },
      endpoint: `127.0.0.1:${closed.port}`,
      protocol: 'http',
    });
    const unreachable = await buildApp({ ecs, mode: 'live', endpointLabel: 'closed' });
    const { status, json } = await call(unreachable, 'GET', '/api/regions');
    await unreachable.close();
    expect(status).toBe(502);
    expect(json).toMatchObject({ code: 'UpstreamUnavailable', message: expect.stringContaining('could not reach ECS') });
    expect(json.ecsCode).toBeUndefined();
  });

  it('says which endpoint it uses', async () => {
    const { json } = await call(app, 'GET', '/api/meta');
    expect(json).toEqual({ mode: 'live', endpoint: `127.0.0.1:${standalone.port}` });
  });
});

describe('mock mode with ECS_ENDPOINT at a standalone emulator', () => {
  it("uses the emulator's default keys and forwards the mock controls to it", async () => {
    const wiring = startMockEcs({ ecsEndpoint: `127.0.0.1:${standalone.port}`, ecsProtocol: 'http', mockSpeed: 1, mockClock: 'manual' });
    const mockApp = await buildApp({ ecs: wiring.ecs, mode: 'mock', endpointLabel: wiring.endpointLabel, mockControl: wiring.mockControl });
    // The live tests above left an image in the making; the forwarded reset clears it.
    expect((await mockApp.inject({ method: 'POST', url: '/__mock/reset' })).statusCode).toBe(204);
    const created = await call(mockApp, 'POST', `${HANGZHOU}/instances/${WEB_PROD_01}/images`, imageBody());
    expect(created.status).toBe(201);

    const advanced = await call(mockApp, 'POST', '/__mock/advance', { seconds: 600 });
    expect(advanced.status).toBe(200);
    expect((await call(mockApp, 'GET', `${HANGZHOU}/images/${created.json.imageId}`)).json.status).toBe('Available');

    expect((await mockApp.inject({ method: 'POST', url: '/__mock/reset' })).statusCode).toBe(204);
    expect((await call(mockApp, 'GET', `${HANGZHOU}/images/${created.json.imageId}`)).status).toBe(404);
    await mockApp.close();
  });
});
