/**
 * The emulator's control API for QA and demos (docs/emulator-control.md): reset, advance, scenario,
 * faults, clock and state under /__mock/*. The standalone server serves these handlers directly;
 * the console in mock mode forwards its own /__mock/* requests to them, so there is one
 * implementation. An ECS endpoint has no such paths; other methods fall through to the protocol.
 */
import { HttpResponse, http, type RequestHandler } from 'msw';
import type { z } from 'zod';
import {
  mockAdvanceBodySchema,
  mockClockBodySchema,
  mockFaultBodySchema,
  mockScenarioBodySchema,
} from '../src/contract';
import type { EmulatorSteering } from './ecs/control/steering';
import type { Emulator } from './ecs/types';

/** The contract's error shape: 400 names the field, so QA sees which part of the body is wrong. */
function invalid(field: string, message: string): Response {
  return HttpResponse.json({ code: 'InvalidInput', message, field }, { status: 400 });
}

function notFound(message: string): Response {
  return HttpResponse.json({ code: 'NotFound', message }, { status: 404 });
}

/** The body parsed by `schema`, or the 400 for its first problem; `jsonField` names a body that is not JSON. */
async function readBody<T>(request: Request, schema: z.ZodType<T>, jsonField: string): Promise<T | Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return invalid(jsonField, 'The body must be a JSON object (see docs/emulator-control.md).');
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  if (!issue) return invalid(jsonField, 'The body is not valid.');
  const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = unknownKey ?? (issue.path.length > 0 ? issue.path.map(String).join('.') : jsonField);
  return invalid(field, unknownKey ? `Unknown field "${unknownKey}".` : issue.message);
}

/** Scenario, faults, clock and state need an emulator made by createEmulator (test fakes have none). */
function withSteering(emulator: Emulator, answer: (steering: EmulatorSteering) => Response | Promise<Response>) {
  return () => (emulator.steering ? answer(emulator.steering) : notFound('This emulator has no scenarios, faults or clock controls.'));
}

function scenarioList(steering: EmulatorSteering) {
  return { current: steering.scenario(), scenarios: steering.scenarios() };
}

export function createControlHandlers(emulator: Emulator): RequestHandler[] {
  const steered = (answer: (steering: EmulatorSteering, request: Request) => Response | Promise<Response>) =>
    ({ request }: { request: Request }) => withSteering(emulator, (steering) => answer(steering, request))();

  return [
    http.post('*/__mock/reset', () => {
      emulator.reset();
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/__mock/advance', async ({ request }) => {
      const body = await readBody(request, mockAdvanceBodySchema, 'seconds');
      if (body instanceof Response) return body;
      emulator.clock.advance(body.seconds);
      return HttpResponse.json({ now: new Date(emulator.clock.now()).toISOString() });
    }),
    http.get('*/__mock/scenario', steered((steering) => HttpResponse.json(scenarioList(steering)))),
    http.post(
      '*/__mock/scenario',
      steered(async (steering, request) => {
        const body = await readBody(request, mockScenarioBodySchema, 'name');
        if (body instanceof Response) return body;
        steering.useScenario(body.name);
        return HttpResponse.json(scenarioList(steering));
      }),
    ),
    http.get('*/__mock/faults', steered((steering) => HttpResponse.json({ faults: steering.faults.list() }))),
    http.post(
      '*/__mock/faults',
      steered(async (steering, request) => {
        const body = await readBody(request, mockFaultBodySchema, 'kind');
        if (body instanceof Response) return body;
        if (body.action !== undefined && !Object.hasOwn(emulator.actions, body.action)) {
          return invalid('action', `The emulator has no action ${body.action}.`);
        }
        return HttpResponse.json(steering.faults.add(body), { status: 201 });
      }),
    ),
    http.delete(
      '*/__mock/faults',
      steered((steering) => {
        steering.faults.clear();
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.delete('*/__mock/faults/:id', ({ params }) =>
      withSteering(emulator, (steering) => {
        const id = String(params.id);
        return steering.faults.remove(id) ? new HttpResponse(null, { status: 204 }) : notFound(`There is no fault ${id}.`);
      })(),
    ),
    http.get('*/__mock/clock', steered((steering) => HttpResponse.json(steering.clock()))),
    http.post(
      '*/__mock/clock',
      steered(async (steering, request) => {
        const body = await readBody(request, mockClockBodySchema, 'speed');
        if (body instanceof Response) return body;
        return HttpResponse.json(steering.setClock(body));
      }),
    ),
    http.get(
      '*/__mock/state',
      steered((steering, request) => {
        const query = new URL(request.url).searchParams;
        const accessKeyId = query.get('accessKeyId') || undefined;
        const regionId = query.get('regionId') || undefined;
        if (accessKeyId !== undefined && !emulator.credentials.has(accessKeyId)) {
          return invalid('accessKeyId', `The emulator does not accept the AccessKeyId ${accessKeyId}.`);
        }
        try {
          return HttpResponse.json(steering.state({ accessKeyId, regionId }));
        } catch {
          return invalid('regionId', `There is no region ${regionId}.`);
        }
      }),
    ),
  ];
}
