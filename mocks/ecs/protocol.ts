/**
 * ECS's RPC protocol over an Emulator: a Fetch API Request in, the Response ECS would give out.
 * Order of checks follows the gateway: method, Action/Version, the API itself, then the signature.
 */
import { injectFault } from './control/injectFault';
import { NonceCache } from './nonceCache';
import { authenticate, signatureModeOf, type SignedRequest } from './authenticate';
import { EcsError, type ActionContext, type Emulator } from './types';
import {
  ECS_API_VERSION,
  businessParams,
  decodePairs,
  errorResponse,
  missingParameter,
  newRequestId,
  pairsToRecord,
  regionFromHost,
  splitRawPairs,
  successResponse,
} from './wire';

export interface EcsProtocolOptions {
  /** Wall clock for signature expiry (x-acs-date / Timestamp); defaults to Date.now. */
  wallNow?: () => number;
}

export type EcsProtocol = (request: Request) => Promise<Response>;

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

function isFormBody(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith(FORM_CONTENT_TYPE);
}

async function readSignedRequest(request: Request, host: string): Promise<SignedRequest & { mode: 'v2' | 'v3' }> {
  const url = new URL(request.url);
  const mode = signatureModeOf(request.headers);
  const body = new Uint8Array(await request.arrayBuffer());
  const rawQuery = splitRawPairs(url.search);
  // V3 signs the query as decoded without `+` -> space; V2 clients and form bodies use `+` for space.
  const query = decodePairs(rawQuery, mode === 'v2');
  const form = isFormBody(request) ? decodePairs(splitRawPairs(new TextDecoder().decode(body)), true) : [];
  return {
    mode,
    method: request.method.toUpperCase(),
    path: url.pathname,
    host,
    headers: request.headers,
    query,
    params: pairsToRecord(query, form),
    body,
  };
}

function resolveAction(signed: SignedRequest & { mode: 'v2' | 'v3' }, emulator: Emulator): string {
  const header = signed.headers.get('x-acs-action') ?? undefined;
  // Each version routes on what it signs: V3 the x-acs-action header, V2 the Action parameter.
  const action = signed.mode === 'v3' ? (header ?? signed.params.Action) : (signed.params.Action ?? header);
  if (!action) throw missingParameter('Action');
  const version = signed.headers.get('x-acs-version') ?? signed.params.Version;
  if (!version) throw missingParameter('Version');
  if (version !== ECS_API_VERSION) {
    throw new EcsError(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
  }
  if (!Object.hasOwn(emulator.actions, action)) {
    throw new EcsError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
  }
  return action;
}

const INTERNAL_ERROR = new EcsError(
  500,
  'InternalError',
  'The request processing has failed due to some unknown error, exception or failure.',
);

export function createEcsProtocol(emulator: Emulator, options: EcsProtocolOptions = {}): EcsProtocol {
  const nonces = new NonceCache();
  const wallNow = options.wallNow ?? Date.now;

  return async function handleEcsRequest(request: Request): Promise<Response> {
    const requestId = newRequestId();
    const host = request.headers.get('host') ?? new URL(request.url).host;
    let action: string | undefined;
    try {
      const method = request.method.toUpperCase();
      if (method !== 'GET' && method !== 'POST') {
        throw new EcsError(403, 'UnsupportedHTTPMethod', 'This http method is not supported.');
      }
      const signed = await readSignedRequest(request, host);
      action = resolveAction(signed, emulator);
      const accessKeyId = authenticate(signed, signed.mode, { credentials: emulator.credentials, nonces, wallNow });
      // Injected faults (QA's control API) hit only calls ECS would have accepted.
      const faulted = await injectFault(emulator, action);
      if (faulted) return faulted;
      const context: ActionContext = { accessKeyId, hostRegionId: regionFromHost(host), requestId };
      const handler = emulator.actions[action];
      if (!handler) throw INTERNAL_ERROR;
      return successResponse(handler(context, businessParams(signed.params)), requestId);
    } catch (error) {
      if (error instanceof EcsError) return errorResponse(error, requestId, host);
      // Log what support needs (action, RequestId, the stack), never the parameters: they may carry secrets.
      console.error(`[mock-ecs] ${action ?? 'request'} failed, RequestId ${requestId}:`, error);
      return errorResponse(INTERNAL_ERROR, requestId, host);
    }
  };
}
