/**
 * Property-based: >= 10,000 hostile inputs across EVERY route the BFF has (read from Fastify's
 * route tree, so routes added later are fuzzed too), through the real app with the emulator
 * behind a spy on the ECS port. Invariants: never a 500; every 400 names a `field`; an input the
 * contract refuses never reaches the port (no ECS call at all).
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { createEmulator } from '../../../mocks/ecs/emulator';
import {
  createImageBodySchema,
  imageListQuerySchema,
  instanceListQuerySchema,
  regionIdSchema,
  snapshotListQuerySchema,
} from '../../contract';
import { buildApp } from '../app';
import { EcsCallError, type EcsPort } from '../ecs/port';
import { emulatorControl, startMockEcs } from '../mockMode';
import { WEB_PROD_01 } from '../testing/harness';
import { listRoutes, type RouteEntry } from '../testing/routes';
import { RAW_SEGMENTS, badBodyText, badQuery, nastyString } from './badInputs';

const QUERY_KEYS = ['name', 'status', 'pageNumber', 'pageSize', 'maxResults', 'nextToken', 'instanceId', 'diskId', 'usage', 'sourceDiskType', 'zoneId', 'deleteSnapshots', 'force'];
const BODY_FIELDS = ['imageName', 'description', 'clientToken', 'tags', 'resourceGroupId', 'systemSnapshotId', 'dataDisks', 'instanceName', 'vSwitchId', 'securityGroupId', 'password', 'ossBucket', 'ossPrefix', 'format', 'imageId', 'seconds', 'amount', 'instanceType'];
const VALID_PARAM: Record<string, string> = { regionId: 'cn-hangzhou', instanceId: WEB_PROD_01, imageId: 'm-bp1do1thh73546fk0ma4' };
const ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

/** Where the contract is known, its schema is the oracle for "this input is invalid". */
const QUERY_SCHEMAS: Record<string, z.ZodType> = {
  '/api/regions/:regionId/instances': instanceListQuerySchema,
  '/api/regions/:regionId/images': imageListQuerySchema,
  '/api/regions/:regionId/snapshots': snapshotListQuerySchema,
};
const BODY_SCHEMAS: Record<string, z.ZodType> = {
  'POST /api/regions/:regionId/instances/:instanceId/images': createImageBodySchema,
};

let app: FastifyInstance;
let close: () => void;
let portCalls = 0;
let routes: RouteEntry[];
const tally = { requests: 0, byStatus: {} as Record<number, number>, refusedBeforeEcs: 0, refusedByEcs: 0 };

/**
 * Behind the spy: by default a stand-in ECS that refuses every call with a 404 at once (the
 * invariants are about what happens BEFORE ECS; this keeps 11,000 requests under ~15 s).
 * FUZZ_ECS=emulator puts the real SDK client and emulator there instead (slower, ~90 s), so
 * inputs the contract lets through also run the code after ECS answers.
 */
function refusingEcs(): EcsPort {
  return new Proxy({} as EcsPort, {
    get: (_target, method) => async () => {
      throw new EcsCallError({ action: String(method), ecsCode: 'InvalidResource.NotFound', message: 'Stand-in ECS knows nothing.', httpStatus: 404, requestId: 'FUZZ' });
    },
  });
}

beforeAll(async () => {
  const real = process.env.FUZZ_ECS === 'emulator';
  const wiring = real
    ? startMockEcs({ mockSpeed: 1, mockClock: 'manual' }, { emulator: createEmulator({ clock: 'manual' }) })
    : { ecs: refusingEcs(), mockControl: emulatorControl(createEmulator({ clock: 'manual' })), close: () => undefined };
  const spy = new Proxy(wiring.ecs, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        portCalls += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as EcsPort;
  app = await buildApp({ ecs: spy, mode: 'mock', endpointLabel: 'fuzz', mockControl: wiring.mockControl });
  close = () => wiring.close();
  routes = listRoutes(app);
});
afterAll(async () => {
  await app.close();
  close();
  console.log(`bad-input fuzz: ${tally.requests} requests over ${routes.length} routes; statuses`, tally.byStatus,
    `; refused by the BFF with no ECS call: ${tally.refusedBeforeEcs}; refused by ECS (contract-valid): ${tally.refusedByEcs}`);
});

const fill = (route: RouteEntry, override: Record<string, string> = {}) =>
  route.url.replace(/:(\w+)/g, (_, name: string) => override[name] ?? encodeURIComponent(VALID_PARAM[name] ?? 'x-1'));

function toQueryString(query: Record<string, string | string[]>): string | undefined {
  try {
    return Object.entries(query)
      .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${encodeURIComponent(key)}=${encodeURIComponent(v)}`))
      .join('&');
  } catch {
    return undefined; // a lone surrogate cannot be sent as UTF-8: no request a browser could make
  }
}

/** Sends one request and checks the invariants every answer must keep. */
async function send(method: string, url: string, payload?: string, mustRefuse?: string[]) {
  const before = portCalls;
  const response = await app.inject({
    method: method as 'GET',
    url,
    ...(payload === undefined ? {} : { payload, headers: { 'content-type': 'application/json' } }),
  });
  const called = portCalls - before;
  tally.requests += 1;
  tally.byStatus[response.statusCode] = (tally.byStatus[response.statusCode] ?? 0) + 1;
  const context = `${method} ${url.slice(0, 200)} ${payload?.slice(0, 200) ?? ''} -> ${response.statusCode} ${response.body.slice(0, 300)}`;

  expect(response.statusCode, context).toBeLessThan(500);
  if (response.statusCode === 400) {
    const body = response.json();
    expect(body, context).toMatchObject({ code: 'InvalidInput', field: expect.any(String), message: expect.any(String) });
    // The BFF's own refusal (no ecsCode) comes before any ECS call; a 400 carrying ecsCode is
    // ECS refusing input the contract let through (an opaque NextToken, say), also with a field.
    if (body.ecsCode === undefined) {
      expect(called, `a refused input reached the ECS port: ${context}`).toBe(0);
      tally.refusedBeforeEcs += 1;
    } else {
      tally.refusedByEcs += 1;
    }
  }
  if (mustRefuse) {
    // The contract says this input is invalid: the BFF itself refuses it, and ECS never hears of it.
    expect(response.statusCode, context).toBe(400);
    expect(mustRefuse, context).toContain(response.json().field);
    expect(called, `an invalid input reached the ECS port: ${context}`).toBe(0);
  }
  return response;
}

const routeWith = (predicate: (route: RouteEntry) => boolean) => fc.constantFrom(...routes.filter(predicate));
const withParams = (route: RouteEntry) => route.params.length > 0;
const withBody = (route: RouteEntry) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method);

it('finds the routes it must fuzz', () => {
  expect(routes.length).toBeGreaterThanOrEqual(17);
  expect(routes).toContainEqual(expect.objectContaining({ method: 'POST', url: '/api/regions/:regionId/instances/:instanceId/images' }));
});

it('refuses a bad path parameter with 400 naming it, before ECS (4,000 inputs)', { timeout: 60_000 }, async () => {
  const badParam = fc.oneof(
    nastyString.map((value) => ({ value, raw: false })),
    fc.constantFrom(...RAW_SEGMENTS).map((value) => ({ value, raw: true })),
  );
  await fc.assert(
    fc.asyncProperty(routeWith(withParams), fc.nat(), badParam, async (route, pick, { value, raw }) => {
      const name = route.params[pick % route.params.length]!;
      const valid = name === 'regionId' ? regionIdSchema.safeParse(value).success : ID.test(value);
      fc.pre(!valid && value !== '');
      let segment = value;
      if (!raw) {
        try {
          segment = encodeURIComponent(value);
        } catch {
          fc.pre(false);
        }
      }
      // '.' and '..' are resolved away as in any URL (a request for another, valid route):
      // they get only the invariants every answer keeps.
      const dotSegment = value === '.' || value === '..';
      await send(route.method, fill(route, { [name]: segment }), withBody(route) ? '{}' : undefined, dotSegment ? undefined : [name, 'path']);
    }),
    { numRuns: 4000 },
  );
});

it('refuses bad query strings on every route, naming the field, before ECS (3,000 inputs)', { timeout: 60_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(routeWith((route) => route.method === 'GET'), badQuery(QUERY_KEYS), async (route, query) => {
      const queryString = toQueryString(query);
      fc.pre(queryString !== undefined);
      const schema = QUERY_SCHEMAS[route.url];
      const invalid = schema ? !schema.safeParse(query).success : false;
      await send('GET', `${fill(route)}?${queryString}`, undefined, invalid ? [...Object.keys(query), 'query'] : undefined);
    }),
    { numRuns: 3000 },
  );
});

it('refuses bad bodies (wrong types, huge, prototype keys, not JSON) naming the field, before ECS (4,000 inputs)', { timeout: 60_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(routeWith(withBody), badBodyText(BODY_FIELDS), async (route, text) => {
      const schema = BODY_SCHEMAS[`${route.method} ${route.url}`];
      let invalid = true;
      try {
        const parsed: unknown = JSON.parse(text);
        invalid = !schema?.safeParse(parsed).success || text.includes('__proto__');
      } catch {
        // Not JSON at all: must be refused.
      }
      const mustRefuse = schema && invalid ? [...BODY_FIELDS, 'body'] : undefined;
      await send(route.method, fill(route), text, mustRefuse);
    }),
    { numRuns: 4000 },
  );
});

it('sent at least 10,000 hostile requests', () => {
  expect(tally.requests).toBeGreaterThanOrEqual(10_000);
});
