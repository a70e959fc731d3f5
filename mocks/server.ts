/**
 * The emulator as a standalone HTTP endpoint for the official SDK (endpoint 127.0.0.1:8787,
 * protocol http), curl or any ECS client. Each request becomes a Fetch Request answered by the
 * same MSW handlers the in-process mode uses; `/__mock/*` is the control API for QA
 * (docs/emulator-control.md).
 *
 * Run: `npm run mock-ecs` (MOCK_ECS_PORT, MOCK_ECS_HOST, MOCK_ECS_SPEED, MOCK_ECS_CLOCK).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getResponse, type RequestHandler } from 'msw';
import { createControlHandlers, createEcsHandlers } from './handlers';
import { DEFAULT_MOCK_ACCESS_KEY_SECRET, type Emulator } from './ecs/types';

export interface StandaloneEcs {
  url: string;
  port: number;
  close(): Promise<void>;
}

async function toFetchRequest(req: IncomingMessage, fallbackHost: string): Promise<Request> {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '');
  }
  const target = req.url ?? '/';
  const url = /^https?:\/\//i.test(target) ? target : `http://${req.headers.host ?? fallbackHost}${target}`;
  const method = (req.method ?? 'GET').toUpperCase();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, { method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

async function writeFetchResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

function plainError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain;charset=utf-8' });
  res.end(message);
}

export async function startStandaloneEcs(opts: { emulator: Emulator; port?: number; host?: string }): Promise<StandaloneEcs> {
  const host = opts.host ?? '127.0.0.1';
  const handlers: RequestHandler[] = [
    ...createControlHandlers(opts.emulator),
    ...createEcsHandlers(opts.emulator, { hosts: 'any' }),
  ];
  const server = createServer((req, res) => {
    const fallbackHost = `${host}:${(server.address() as AddressInfo).port}`;
    void (async () => {
      let request: Request;
      try {
        request = await toFetchRequest(req, fallbackHost);
      } catch {
        return plainError(res, 400, 'Malformed HTTP request.');
      }
      const response = await getResponse(handlers, request);
      if (!response) return plainError(res, 404, 'Not found.');
      // An injected dropped connection (Response.error()): the client sees the socket close unanswered.
      if (response.type === 'error') return void res.destroy();
      await writeFetchResponse(response, res);
    })().catch((error: unknown) => {
      console.error('[mock-ecs] could not answer a request:', error);
      if (!res.headersSent) plainError(res, 500, 'Internal error.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

function readOptions(env: NodeJS.ProcessEnv) {
  const port = Number(env.MOCK_ECS_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('MOCK_ECS_PORT must be a port number.');
  const speed = Number(env.MOCK_ECS_SPEED ?? 1);
  if (!Number.isFinite(speed) || speed <= 0) throw new Error('MOCK_ECS_SPEED must be a positive number.');
  const clock = env.MOCK_ECS_CLOCK ?? 'real';
  if (clock !== 'real' && clock !== 'manual') throw new Error('MOCK_ECS_CLOCK must be "real" or "manual".');
  return { port, host: env.MOCK_ECS_HOST ?? '127.0.0.1', speed, clock } as const;
}

/** One line: where, and with which key. The secret only when it is the published default. */
function startupLine(url: string, emulator: Emulator): string {
  const [accessKeyId, secret] = [...emulator.credentials][0] ?? ['(none)', ''];
  const secretNote =
    secret === DEFAULT_MOCK_ACCESS_KEY_SECRET
      ? `AccessKeySecret ${secret} (the documented default)`
      : 'AccessKeySecret from MOCK_ECS_ACCESS_KEY_SECRET';
  return `Mock ECS at ${url} (endpoint ${new URL(url).host}, protocol http), AccessKeyId ${accessKeyId}, ${secretNote}`;
}

async function main(): Promise<void> {
  const options = readOptions(process.env);
  // Loaded here, not at the top, so importing startStandaloneEcs does not pull in the model.
  const { createEmulator } = await import('./ecs/emulator');
  const emulator = createEmulator({ speed: options.speed, clock: options.clock });
  const ecs = await startStandaloneEcs({ emulator, port: options.port, host: options.host });
  console.log(startupLine(ecs.url, emulator));
  const stop = () => void ecs.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (isRunDirectly()) {
  main().catch((error: unknown) => {
    console.error(`[mock-ecs] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
