import { z } from 'zod';

/**
 * The emulator's control API (mock mode only; absent in live mode), shared by the emulator that
 * answers it (mocks/ecs/control), the console's Demo panel and QA's fixtures. Both the console
 * and the standalone emulator serve it at /__mock/* from the same handlers (docs/emulator-control.md).
 *
 *   POST   /__mock/reset                              -> 204 (scenario demo, no faults, start-up pace)
 *   POST   /__mock/advance   MockAdvanceBody          -> MockClock
 *   GET    /__mock/scenario                           -> MockScenarioList
 *   POST   /__mock/scenario  MockScenarioBody         -> MockScenarioList
 *   GET    /__mock/faults                             -> MockFaultList
 *   POST   /__mock/faults    MockFaultBody            -> MockFault (201)
 *   DELETE /__mock/faults                             -> 204
 *   DELETE /__mock/faults/:id                         -> 204 | 404
 *   GET    /__mock/clock                              -> MockClockState
 *   POST   /__mock/clock     MockClockBody            -> MockClockState
 *   GET    /__mock/state?accessKeyId=&regionId=       -> the emulator's state, for assertions
 */

export const scenarioNames = ['demo', 'empty', 'large-region', 'quota-nearly-reached', 'slow-snapshots', 'snapshot-failure'] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export const mockScenarioBodySchema = z
  .object({ name: z.enum(scenarioNames, { error: `name must be one of ${scenarioNames.join(', ')}.` }) })
  .strict();
export type MockScenarioBody = z.infer<typeof mockScenarioBodySchema>;

export const mockScenarioListSchema = z.object({
  current: z.enum(scenarioNames),
  scenarios: z.array(z.object({ name: z.enum(scenarioNames), description: z.string() })),
});
export type MockScenarioList = z.infer<typeof mockScenarioListSchema>;

export const faultKinds = ['Throttling', 'ServiceUnavailable', 'InternalError', 'latency', 'dropConnection'] as const;
export type FaultKind = (typeof faultKinds)[number];

/** Longest injected latency: long enough to trip any client timeout, short enough not to hang a suite. */
export const MAX_FAULT_LATENCY_MS = 120_000;

export const mockFaultBodySchema = z
  .object({
    /** One ECS action (e.g. "DescribeInstances"); omitted = every action. */
    action: z.string().regex(/^[A-Z][A-Za-z0-9]{1,63}$/, 'action must be an ECS action name such as DescribeInstances.').optional(),
    kind: z.enum(faultKinds, { error: `kind must be one of ${faultKinds.join(', ')}.` }),
    /** Share of matching calls that fail, drawn from a seeded generator (same seed, same calls). */
    rate: z.number().min(0, 'rate must be between 0 and 1.').max(1, 'rate must be between 0 and 1.').optional(),
    /** Fail the next N matching calls, then the fault is gone. */
    count: z.number().int('count must be a whole number.').min(1, 'count must be 1 or more.').max(1_000_000).optional(),
    /** Delay before answering (required for kind latency; adds to any other kind). */
    latencyMs: z.number().int('latencyMs must be whole milliseconds.').min(0).max(MAX_FAULT_LATENCY_MS, `latencyMs can be at most ${MAX_FAULT_LATENCY_MS}.`).optional(),
    /** Throttling only: the x-acs-retry-after header, in milliseconds (default 1000). */
    retryAfterMs: z.number().int().min(0).max(3_600_000).optional(),
    /** Seed of the rate's generator (default 1). */
    seed: z.number().int().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.rate !== undefined && body.count !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'Give either rate or count, not both.' });
    }
    if (body.kind === 'latency' && body.latencyMs === undefined) {
      ctx.addIssue({ code: 'custom', path: ['latencyMs'], message: 'latencyMs is required for kind latency.' });
    }
    if (body.retryAfterMs !== undefined && body.kind !== 'Throttling') {
      ctx.addIssue({ code: 'custom', path: ['retryAfterMs'], message: 'retryAfterMs applies to kind Throttling only.' });
    }
  });
export type MockFaultBody = z.infer<typeof mockFaultBodySchema>;

export const mockFaultSchema = z.object({
  id: z.string(),
  action: z.string().optional(),
  kind: z.enum(faultKinds),
  rate: z.number().optional(),
  /** Calls still to fail (count faults only). */
  remaining: z.number().int().optional(),
  latencyMs: z.number().int().optional(),
  retryAfterMs: z.number().int().optional(),
  seed: z.number().int().optional(),
  /** Matching calls seen and calls this fault changed so far. */
  seen: z.number().int(),
  fired: z.number().int(),
});
export type MockFault = z.infer<typeof mockFaultSchema>;

export const mockFaultListSchema = z.object({ faults: z.array(mockFaultSchema) });
export type MockFaultList = z.infer<typeof mockFaultListSchema>;

export const MAX_MOCK_CLOCK_SPEED = 1000;

export const mockClockBodySchema = z
  .object({
    speed: z.number().positive('speed must be more than 0.').max(MAX_MOCK_CLOCK_SPEED, `speed can be at most ${MAX_MOCK_CLOCK_SPEED}.`).optional(),
    frozen: z.boolean({ error: 'frozen must be true or false.' }).optional(),
  })
  .strict()
  .refine((body) => body.speed !== undefined || body.frozen !== undefined, {
    path: ['speed'],
    message: 'Give speed and/or frozen.',
  });
export type MockClockBody = z.infer<typeof mockClockBodySchema>;

export const mockClockStateSchema = z.object({
  /** Emulated now, ISO 8601. */
  now: z.string(),
  speed: z.number(),
  frozen: z.boolean(),
});
export type MockClockState = z.infer<typeof mockClockStateSchema>;
