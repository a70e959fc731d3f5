import type { FastifyServerOptions } from 'fastify';

/**
 * Pino options for the BFF. Request logs never carry credentials: headers that could hold them
 * are censored wherever they appear, and ECS failures are logged as code + RequestId only
 * (errorHandling.ts).
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-acs-security-token"]',
        'res.headers["set-cookie"]',
        '*.accessKeySecret',
        '*.securityToken',
      ],
      censor: '[redacted]',
    },
  };
}
