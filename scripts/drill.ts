/**
 * `npm run drill`: the fault drill. The real BFF (buildApp, the SDK client behind the retrying
 * decorator) talks to the in-process emulator through a wire layer that breaks DRILL_FAULT_RATE
 * (default 30%) of ECS requests: throttling, 503, 500, dropped requests, answers dropped after ECS
 * acted, latency past the call timeout. DRILL_CLIENTS (20) browsers make DRILL_ATTEMPTS (1,000)
 * create-image attempts, each with its own ClientToken and image name, resending the same body on
 * a retryable answer. Passes only with 0 duplicates, 0 lost requests and every failure coded.
 *
 * Instances are cycled by time: each CreateImage the emulator carries out is followed by 120
 * emulated seconds (manual clock), so the instance's snapshots (95 s at most, for 500 GiB) are done
 * before the next attempt on it; otherwise 20 clients over 14 instances would mostly measure
 * IncorrectDiskStatus.CreatingSnapshot. The image quota is raised to 10,000 per region.
 */
import { createEmulator, inspect, setImageQuota } from '../mocks/ecs/emulator';
import type { Emulator } from '../mocks/ecs/types';
import { buildApp } from '../src/bff/app';
import { withRetries } from '../src/bff/ecs/retryingEcsPort';
import { SdkEcsClient } from '../src/bff/ecs/sdkEcsClient';
import { startFaultyInProcessEcs, type WireFault } from '../src/bff/testing/wireFaults';
import { createImageAsBrowser, type Attempt, type Outcome } from './drill/browser';
import { tally } from './drill/tally';

const ATTEMPTS = Number(process.env.DRILL_ATTEMPTS ?? 1000);
const CLIENTS = Number(process.env.DRILL_CLIENTS ?? 20);
const FAULT_RATE = Number(process.env.DRILL_FAULT_RATE ?? 0.3);
const REGIONS = ['cn-hangzhou', 'ap-southeast-1'];
/** Short waits and a short call timeout, so the drill takes seconds; the rules are production's. */
const POLICY = { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 200, callTimeoutMs: 400, totalBudgetMs: 8_000 };

/** mulberry32: the same DRILL_SEED gives the same fault sequence. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(Number(process.env.DRILL_SEED ?? 20261203));

function pickFault(): WireFault | undefined {
  if (random() >= FAULT_RATE) return undefined;
  const faults: WireFault[] = [
    { kind: 'throttle', retryAfterMs: 200 },
    { kind: 'unavailable' },
    { kind: 'internal' },
    { kind: 'dropRequest' },
    { kind: 'dropResponse' },
    // From harmless to past the 400 ms call timeout (then ECS acts after the BFF gave up on it).
    { kind: 'latency', ms: Math.round(50 + random() * 700) },
  ];
  return faults[Math.floor(random() * faults.length)];
}

/** The emulator, with the clock moved on after every CreateImage it carries out (see above). */
function cyclingInstances(emulator: Emulator): Emulator {
  const create = emulator.actions.CreateImage!;
  return {
    ...emulator,
    actions: {
      ...emulator.actions,
      CreateImage: (context, params) => {
        const answer = create(context, params);
        emulator.clock.advance(120);
        return answer;
      },
    },
  };
}

async function imageableInstances(emulator: Emulator, accessKeyId: string) {
  const now = emulator.clock.now();
  return inspect(emulator, accessKeyId)
    .instances.filter((i) => REGIONS.includes(String(i.RegionId)))
    .filter((i) => i.Status === 'Running' || i.Status === 'Stopped')
    .filter((i) => ((i.OperationLocks as { LockReason: unknown[] }).LockReason ?? []).length === 0)
    .filter((i) => !i.ExpiredTime || Date.parse(String(i.ExpiredTime)) > now)
    .map((i) => ({ regionId: String(i.RegionId), instanceId: String(i.InstanceId) }));
}

async function main() {
  const emulator = createEmulator({ clock: 'manual' });
  const [accessKeyId, accessKeySecret] = [...emulator.credentials][0]!;
  for (const region of REGIONS) setImageQuota(emulator, accessKeyId, region, 10_000);
  emulator.clock.advance(60); // lets seed instances that are Starting settle
  const instances = await imageableInstances(emulator, accessKeyId);

  const ecs = startFaultyInProcessEcs(cyclingInstances(emulator));
  ecs.setPicker(pickFault);
  const bffRetries: Record<string, number> = {};
  const sdk = new SdkEcsClient({ credentials: { kind: 'accessKey', accessKeyId, accessKeySecret } });
  const port = withRetries(sdk, POLICY, { onRetry: ({ error }) => void (bffRetries[error.ecsCode] = (bffRetries[error.ecsCode] ?? 0) + 1) });
  const app = await buildApp({ ecs: port, mode: 'mock', endpointLabel: 'drill' });

  const runId = Date.now().toString(36);
  const results: Array<{ attempt: Attempt; outcome: Outcome }> = [];
  let next = 0;
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const started = performance.now();
  const client = async () => {
    while (next < ATTEMPTS) {
      const index = next++;
      const target = instances[index % instances.length]!;
      const attempt: Attempt = { index, ...target, imageName: `drill-${runId}-${index}`, clientToken: `drill-${runId}-${index}-${random().toString(36).slice(2, 10)}` };
      results.push({ attempt, outcome: await createImageAsBrowser(app, attempt, wait) });
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  // Let calls the BFF abandoned at its timeout land in the emulator before counting images.
  await wait(1_000);

  const images = inspect(emulator, accessKeyId).images
    .filter((image) => String(image.ImageName).startsWith(`drill-${runId}-`))
    .map((image) => ({ ImageId: String(image.ImageId), ImageName: String(image.ImageName) }));
  const verdict = tally(results, images);
  await app.close();
  ecs.close();

  const { requests, processed, ...faults } = ecs.counts;
  const injected = Object.values(faults).reduce((a, b) => a + b, 0);
  console.log(`Fault drill: ${ATTEMPTS} attempts, ${CLIENTS} clients, ${instances.length} instances, ${seconds.toFixed(1)} s`);
  console.log(`ECS requests: ${requests} (${processed} reached the emulator), faults injected: ${injected} (${((100 * injected) / requests).toFixed(1)}%)`, faults);
  console.log('BFF retries by cause:', bffRetries, `browser resends: ${verdict.browserResends}`);
  console.log(`attempts:        ${verdict.attempts}`);
  console.log(`told created:    ${verdict.created}`);
  console.log(`images created:  ${verdict.imagesInEcs} (in the emulator)`);
  console.log(`duplicates:      ${verdict.duplicates}`);
  console.log(`lost requests:   ${verdict.lost}`);
  console.log(`uncoded errors:  ${verdict.uncoded}`);
  console.log(`failed but made: ${verdict.orphaned} (the user saw an error, the image exists)`);
  console.log('error mix (final answers the user saw):', verdict.errorMix);
  for (const line of verdict.lostDetails.slice(0, 20)) console.log(`  lost: ${line}`);

  const passed = verdict.duplicates === 0 && verdict.lost === 0 && verdict.uncoded === 0 && verdict.attempts === ATTEMPTS;
  console.log(passed ? 'DRILL PASSED' : 'DRILL FAILED');
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error('The drill could not run:', error);
  process.exit(2);
});
