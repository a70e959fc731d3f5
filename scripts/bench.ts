/**
 * `npm run bench`: how fast the emulator answers DescribeInstances in the large-region scenario
 * (10,000 instances) compared with the demo scenario (14), in the same run, at two layers:
 * - emulator: a V3-signed request through the ECS protocol (signature check, filters, paging);
 * - console API: GET /api/regions/cn-hangzhou/instances through the BFF, the official SDK and the
 *   in-process emulator, as the browser polls it (every 3 s while something moves).
 * Prints p50/p99 per scenario and the large/demo ratios.
 */
import type { ScenarioName } from '../src/contract/mockControl';
import { createEmulator, type SteerableEmulator } from '../mocks/ecs/emulator';
import { createEcsProtocol } from '../mocks/ecs/protocol';
import { toRequest, v3Parts } from '../mocks/testing/signedRequests';
import { startHarness } from '../src/bff/testing/harness';

const SCENARIOS: ScenarioName[] = ['demo', 'large-region'];
const WARMUP = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 300);

interface Row {
  layer: string;
  scenario: ScenarioName;
  /** The scenario chosen (accounts rebuilt) and the first list answered. */
  coldMs: number;
  p50: number;
  p99: number;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

async function measure(layer: string, scenario: ScenarioName, emulator: SteerableEmulator, once: () => Promise<void>): Promise<Row> {
  const coldStart = performance.now();
  emulator.steering.useScenario(scenario);
  await once();
  const coldMs = performance.now() - coldStart;
  for (let i = 0; i < WARMUP; i += 1) await once();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await once();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { layer, scenario, coldMs, p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

async function emulatorRows(): Promise<Row[]> {
  const [accessKeyId, secret] = ['LTAI5tBenchAccount', 'bench-secret'];
  const emulator = createEmulator({ clock: 'manual', credentials: new Map([[accessKeyId, secret]]) });
  const protocol = createEcsProtocol(emulator);
  const once = async () => {
    const request = v3Parts({
      endpoint: 'https://ecs-cn-hangzhou.aliyuncs.com/',
      action: 'DescribeInstances',
      params: { RegionId: 'cn-hangzhou', MaxResults: '10' },
      accessKeyId,
      secret,
    });
    const response = await protocol(toRequest(request));
    if (response.status !== 200) throw new Error(`DescribeInstances answered ${response.status}`);
    await response.arrayBuffer();
  };
  const rows: Row[] = [];
  for (const scenario of SCENARIOS) rows.push(await measure('emulator (signed ECS request)', scenario, emulator, once));
  return rows;
}

async function consoleRows(): Promise<Row[]> {
  const emulator = createEmulator({ clock: 'manual' });
  const harness = await startHarness({ emulator });
  const once = async () => {
    const response = await harness.app.inject({ method: 'GET', url: '/api/regions/cn-hangzhou/instances?maxResults=10' });
    if (response.statusCode !== 200) throw new Error(`The console answered ${response.statusCode}`);
  };
  try {
    const rows: Row[] = [];
    for (const scenario of SCENARIOS) rows.push(await measure('console API (BFF + SDK + emulator)', scenario, emulator, once));
    return rows;
  } finally {
    await harness.close();
  }
}

function print(rows: Row[]): void {
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const table = rows.map((row) => {
    const demo = rows.find((other) => other.layer === row.layer && other.scenario === 'demo');
    return {
      layer: row.layer,
      scenario: row.scenario,
      'cold (scenario + first list)': ms(row.coldMs),
      p50: ms(row.p50),
      p99: ms(row.p99),
      'p50 vs demo': demo ? `${(row.p50 / demo.p50).toFixed(2)}x` : '',
      'p99 vs demo': demo ? `${(row.p99 / demo.p99).toFixed(2)}x` : '',
    };
  });
  console.log(`DescribeInstances, first page of 10, ${RUNS} runs after ${WARMUP} warm-up calls (the console polls every 3000 ms):`);
  console.table(table);
}

async function main(): Promise<void> {
  const rows = [...(await emulatorRows()), ...(await consoleRows())];
  print(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
