/**
 * `npm run soak`: SOAK_CLIENTS (50) concurrent clients poll, as open consoles do, the instance
 * list and an image that is being created, for SOAK_SECONDS (30), against the real BFF listening
 * on loopback with the emulator in-process behind it (real clock at 1/20 speed, so the image stays
 * Creating the whole time and its progress moves). Prints throughput, p50/p99 latency, errors and
 * memory at start and end.
 *
 * Memory bound: heap in use after a full GC may grow by at most SOAK_MAX_HEAP_GROWTH_MIB (64 MiB)
 * from the warmed-up start. The emulator shares the process and keeps every signature nonce for
 * its 15-minute replay window (about 200 bytes per request), which is the one growth expected;
 * a leak per request in the BFF would show as far more. Exits 1 if the bound is broken or any
 * request failed.
 */
import type { AddressInfo } from 'node:net';
import { createEmulator } from '../mocks/ecs/emulator';
import { startInProcessEcs } from '../mocks/node';
import { buildApp } from '../src/bff/app';
import { withRetries } from '../src/bff/ecs/retryingEcsPort';
import { SdkEcsClient } from '../src/bff/ecs/sdkEcsClient';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 30);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 50);
const MAX_HEAP_GROWTH_MIB = Number(process.env.SOAK_MAX_HEAP_GROWTH_MIB ?? 64);
const WEB_PROD_01 = 'i-bp1vkt9yt56c9hg9cnbc';
const MiB = 1024 * 1024;

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMiB: rss / MiB, heapMiB: heapUsed / MiB };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main() {
  const emulator = createEmulator({ clock: 'real', speed: 0.05 });
  const interception = startInProcessEcs(emulator);
  const [accessKeyId, accessKeySecret] = [...emulator.credentials][0]!;
  const retries: Record<string, number> = {};
  const ecs = withRetries(new SdkEcsClient({ credentials: { kind: 'accessKey', accessKeyId, accessKeySecret } }), undefined, {
    onRetry: ({ error }) => void (retries[error.ecsCode] = (retries[error.ecsCode] ?? 0) + 1),
  });
  const app = await buildApp({ ecs, mode: 'mock', endpointLabel: 'soak' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/regions/cn-hangzhou`;

  const created = await fetch(`${base}/instances/${WEB_PROD_01}/images`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ imageName: 'soak-golden', description: 'Soak test image', clientToken: `soak-${Date.now()}` }),
  });
  if (created.status !== 201) throw new Error(`Could not create the soak image: ${created.status} ${await created.text()}`);
  const { imageId } = (await created.json()) as { imageId: string };
  const urls = [`${base}/instances?maxResults=10`, `${base}/images/${imageId}`];

  // Warm up (JIT, SDK clients, connection pools) before the starting measurement.
  await Promise.all(urls.map((url) => fetch(url).then((r) => r.arrayBuffer())));
  const start = memory();
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let lastProgress = '';
  const deadline = performance.now() + SECONDS * 1000;

  const client = async (id: number) => {
    for (let turn = id; performance.now() < deadline; turn++) {
      const url = urls[turn % urls.length]!;
      const began = performance.now();
      try {
        const response = await fetch(url);
        const body = await response.text();
        latencies.push(performance.now() - began);
        if (!response.ok) errors[String(response.status)] = (errors[String(response.status)] ?? 0) + 1;
        else if (url.includes('/images/')) lastProgress = `${(JSON.parse(body) as { status: string; progress: number }).status} ${(JSON.parse(body) as { progress: number }).progress}%`;
      } catch (error) {
        errors[(error as Error).name] = (errors[(error as Error).name] ?? 0) + 1;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
  const elapsed = (performance.now() - started) / 1000;
  const end = memory();
  await app.close();
  interception.close();

  const sorted = [...latencies].sort((a, b) => a - b);
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  const heapGrowth = end.heapMiB - start.heapMiB;
  console.log(`Soak: ${CLIENTS} clients for ${elapsed.toFixed(1)} s against the BFF on loopback (image ${imageId}: ${lastProgress})`);
  console.log(`requests:   ${latencies.length + errorCount} (${(latencies.length / elapsed).toFixed(0)} per second)`);
  console.log(`latency:    p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`);
  console.log(`errors:     ${errorCount}`, errors, "BFF retries to ECS:", retries);
  console.log(`memory:     start RSS ${start.rssMiB.toFixed(1)} MiB, heap ${start.heapMiB.toFixed(1)} MiB; end RSS ${end.rssMiB.toFixed(1)} MiB, heap ${end.heapMiB.toFixed(1)} MiB` +
    `${(globalThis as { gc?: unknown }).gc ? ' (after full GC)' : ' (no --expose-gc: heap not collected first)'}`);
  const passed = heapGrowth <= MAX_HEAP_GROWTH_MIB && errorCount === 0 && latencies.length > 0;
  console.log(`heap growth ${heapGrowth.toFixed(1)} MiB (bound ${MAX_HEAP_GROWTH_MIB} MiB): ${passed ? 'SOAK PASSED' : 'SOAK FAILED'}`);
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error('The soak could not run:', error);
  process.exit(2);
});
