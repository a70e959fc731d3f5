import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The browser-facing hardening of every answer (API, SPA files, errors, 404s):
 * - CSP: scripts only from this origin, no inline script, no eval. Styles also allow
 *   'unsafe-inline' because MUI's emotion writes its CSS into <style> tags at run time; that
 *   loosens styles only, never scripts. Images may be data: URLs (MUI icons are inline SVG anyway).
 * - frame-ancestors 'none' (and X-Frame-Options DENY for old browsers): no clickjacking.
 * - X-Content-Type-Options nosniff, Referrer-Policy no-referrer, no X-Powered-By.
 * - HSTS only on answers that went out over TLS (directly or, with trustProxy, as the proxy
 *   says): sent over plain HTTP it would be ignored at best and would pin a loopback demo at worst.
 * - CORS stays closed: no Access-Control-Allow-* header is ever sent, and a cross-origin
 *   preflight (OPTIONS with Access-Control-Request-Method) is refused, so a browser on another
 *   origin can neither read an answer nor send a JSON request.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const HSTS = 'max-age=31536000; includeSubDomains';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: false,
    // The console loads nothing cross-origin; these would only get in the way of nothing.
    crossOriginEmbedderPolicy: false,
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      return reply.status(403).send({
        code: 'Forbidden',
        message: 'Cross-origin requests are not allowed: the console serves its own web pages only.',
      });
    }
  });
}
