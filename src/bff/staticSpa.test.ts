import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { EcsPort } from './ecs/port';

/** These tests never reach ECS: any call is a failure. */
const unreachableEcs = new Proxy({} as EcsPort, {
  get: (_target, name) => () => Promise.reject(new Error(`ECS ${String(name)} should not be called`)),
});

let dir: string;
let app: FastifyInstance;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'spa-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ECS Image Console</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app")');
  app = await buildApp({ ecs: unreachableEcs, mode: 'live', endpointLabel: 'test', staticDir: dir });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serving the built SPA', () => {
  it('serves index.html at / and built assets by path', async () => {
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('ECS Image Console');
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('answers deep links of the SPA with index.html', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/regions/cn-hangzhou/images/m-123',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('ECS Image Console');
  });

  it('still answers unknown /api routes with a JSON 404, even for browsers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/unknown', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NotFound' });
  });

  it('has no mock controls in live mode', async () => {
    const response = await app.inject({ method: 'POST', url: '/__mock/reset' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NotFound', message: expect.stringContaining('ECS_MODE=mock') });
  });
});
