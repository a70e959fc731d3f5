/**
 * `npm start`: reads the environment, wires ECS (mock or live), serves the API and the built SPA,
 * and says in ONE start-up line which mode and endpoint it uses.
 */
import { buildApp } from './app';
import { auditSinkFromConfig, authSetupFromConfig, describeAuth } from './auth/fromConfig';
import { ConfigError, loadConfig, type BffConfig } from './config';
import { SdkEcsClient } from './ecs/sdkEcsClient';
import { withRetries } from './ecs/retryingEcsPort';
import { retryPolicyFromEnv } from './ecs/retryPolicy';
import { loggerOptions } from './logging';
import type { EcsWiring } from './mockMode';

function readConfigOrExit(): BffConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`ECS Image Console cannot start: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}

/** Live: the standard credential chain; the SDK picks each region's endpoint unless ECS_ENDPOINT says otherwise. */
function liveEcs(config: BffConfig): EcsWiring {
  return {
    ecs: new SdkEcsClient({
      credentials: { kind: 'defaultChain' },
      endpoint: config.ecsEndpoint,
      protocol: config.ecsProtocol,
    }),
    endpointLabel: config.ecsEndpoint
      ? `${config.ecsProtocol ?? 'https'}://${config.ecsEndpoint}`
      : 'ecs.<region>.aliyuncs.com',
    close: () => undefined,
  };
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  // Sign-in (src/bff/auth): reads AUTH_USERS_FILE now, so a bad file stops the start.
  const auth = await authSetupFromConfig(config);
  // Imported only in mock mode, so live mode never loads the emulator.
  const wiring = config.mode === 'mock' ? (await import('./mockMode')).startMockEcs(config) : liveEcs(config);

  // Every ECS call bounded in time and retried when ECS documents the failure as transient
  // (docs/decisions: retry policy). Each retry is logged with ECS's code and RequestId.
  const ecs = withRetries(wiring.ecs, retryPolicyFromEnv(), {
    onRetry: ({ method, retry, delayMs, error }) =>
      app.log.warn({ ecs: { method, retry, delayMs, ecsCode: error.ecsCode, requestId: error.requestId } }, 'retrying ECS call'),
  });
  const app = await buildApp({
    ecs,
    mode: config.mode,
    endpointLabel: wiring.endpointLabel,
    mockControl: wiring.mockControl,
    staticDir: config.staticDir,
    logger: loggerOptions(config.logLevel),
    auth,
    audit: auditSinkFromConfig(config),
    trustProxy: config.trustProxy,
  });

  const describe = (address: string) =>
    `ECS Image Console on ${address} (ECS mode: ${config.mode}, ${config.modeReason}; endpoint: ${wiring.endpointLabel}; ${describeAuth(config)})` +
    (config.staticDir ? '' : '; no built SPA found, run `npm run build` to serve the web console');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received, shutting down`);
    void app
      .close()
      .finally(() => wiring.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  // Fastify's own "listening" line, rewritten: the one start-up line.
  await app.listen({ port: config.port, host: config.host, listenTextResolver: describe });
}

main().catch((error: unknown) => {
  console.error('ECS Image Console failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
