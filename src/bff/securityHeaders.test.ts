import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { EcsPort } from './ecs/port';
import { builtSpaDir } from './testing/builtSpa';

// No ECS call is made by these requests: any would throw and show as a 500.
const noEcs = new Proxy({} as EcsPort, { get: () => () => Promise.reject(new Error('ECS must not be called')) });

let spaDir: string;
let app: FastifyInstance;
let proxied: FastifyInstance;
beforeAll(async () => {
  spaDir = builtSpaDir();
  app = await buildApp({ ecs: noEcs, mode: 'live', endpointLabel: 'test', staticDir: spaDir });
  proxied = await buildApp({ ecs: noEcs, mode: 'live', endpointLabel: 'test', staticDir: spaDir, trustProxy: true });
}, 120_000);
afterAll(async () => {
  await app.close();
  await proxied.close();
});

function csp(headers: Record<string, unknown>): Map<string, string> {
  const policy = String(headers['content-security-policy'] ?? '');
  return new Map(policy.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name, ...values] = part.split(/\s+/);
    return [name!, values.join(' ')] as const;
  }));
}

const answers = () => [
  app.inject({ method: 'GET', url: '/api/meta' }),
  app.inject({ method: 'GET', url: '/api/nothing-here' }),
  app.inject({ method: 'POST', url: '/api/regions/cn-hangzhou/instances/i-1/images', payload: { imageName: 1 } }),
  app.inject({ method: 'GET', url: '/regions/cn-hangzhou/instances', headers: { accept: 'text/html' } }),
  app.inject({ method: 'GET', url: '/' }),
];

it('sends CSP without inline script, frame-ancestors none and the other hardening headers on every kind of answer', async () => {
  for (const response of await Promise.all(answers())) {
    const policy = csp(response.headers);
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    // Emotion (MUI) writes <style> tags: inline STYLES are allowed, inline scripts are not.
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
    // Plain HTTP: no HSTS.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  }
});

it('sends HSTS when the request came over TLS', async () => {
  const response = await proxied.inject({ method: 'GET', url: '/api/meta', headers: { 'x-forwarded-proto': 'https' } });
  expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  const plain = await proxied.inject({ method: 'GET', url: '/api/meta', headers: { 'x-forwarded-proto': 'http' } });
  expect(plain.headers['strict-transport-security']).toBeUndefined();
});

it('keeps CORS closed: no Access-Control-Allow-* for another origin, and its preflight is refused', async () => {
  const read = await app.inject({ method: 'GET', url: '/api/meta', headers: { origin: 'https://evil.example' } });
  expect(read.statusCode).toBe(200);
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/api/regions/cn-hangzhou/instances/i-1/images',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  expect(preflight.statusCode).toBe(403);
  expect(preflight.json()).toMatchObject({ code: 'Forbidden', message: expect.stringMatching(/cross-origin/i) });
  for (const response of [read, preflight]) {
    expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  }
});

it('serves a built index.html that needs no inline script, so the CSP does not break the app', async () => {
  const html = readFileSync(join(spaDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
    expect(body!.trim()).toBe('');
  }
  // No inline event handlers or javascript: URLs either.
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
  const page = await app.inject({ method: 'GET', url: '/' });
  expect(page.statusCode).toBe(200);
  expect(page.body).toBe(html);
});
