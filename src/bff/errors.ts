import type { ApiErrorBody, ApiErrorCode } from '../contract';
import { EcsCallError, NO_RESPONSE_CODES } from './ecs/port';
import { classifyImageLifeError } from './imageLifeErrors';

/** An answer the BFF decides itself (bad input, unknown route, guard refusal), in the one error shape. */
export class ApiHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    /** Extra headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
    this.name = 'ApiHttpError';
  }
}

export const apiError = (status: number, code: ApiErrorCode, message: string, field?: string) =>
  new ApiHttpError(status, { code, message, ...(field ? { field } : {}) });

/** ECS parameter -> the CreateImage body field it came from, so the dialog can mark that field. */
const FIELD_OF_PARAMETER: Record<string, string> = {
  ImageName: 'imageName',
  Description: 'description',
  Tag: 'tags',
  TagKey: 'tags',
  TagValue: 'tags',
  ResourceGroupId: 'resourceGroupId',
  ResourceGroup: 'resourceGroupId',
  ClientToken: 'clientToken',
};

/** `InvalidImageName.Malformed` -> imageName; `InvalidParameter.Tag.1.Key` -> tags; else undefined. */
function fieldOf(code: string): string | undefined {
  if (code === 'Duplicate.TagKey') return 'tags';
  const names = code.replace(/^(Invalid|Missing)(Parameter|Paramter)?\.?/, '').split('.');
  for (const name of names) {
    const field = FIELD_OF_PARAMETER[name];
    if (field) return field;
  }
  return undefined;
}

/**
 * For ECS's generic parameter refusals, the parameter it names: in its message ("The specified
 * parameter “NextToken” is not valid.") or in its code (InvalidZoneId.Malformed), as the console's
 * lowerCamel field name, so even a refusal that only ECS could make names the field.
 */
function fieldOfEcsParameter(code: string, message: string): string | undefined {
  const quoted = /[“"]([A-Z][A-Za-z0-9]*)(?:\.[^”"]*)?[”"]/.exec(message)?.[1];
  const fromCode = /^(?:Invalid|Missing)(?:Parameter\.|Paramter\.)?([A-Z][A-Za-z0-9]*)\./.exec(code)?.[1];
  const name = quoted ?? (fromCode && !/^Param(e|)ter$/.test(fromCode) ? fromCode : undefined);
  return name ? name.charAt(0).toLowerCase() + name.slice(1) : undefined;
}

/** Codes ECS uses for "the resource is in a state that forbids this now". */
const CONFLICT_CODES = new Set([
  'IncorrectInstanceStatus',
  'InstanceLockedForSecurity',
  'InstanceExpiredOrInArrears',
  'InstanceExpired',
  'IdempotenceParamNotMatch',
  'IdempotentParameterMismatch',
  'InvalidParamter.Conflict',
  'InvalidIdempotenceParameter.Mismatch',
  'LastTokenProcessing',
  'OperationConflict',
  'DiskCreatingSnapshot',
  'IncorrectImageStatus',
  'InvalidSnapshotId.NotReady',
  'InstanceNotReady',
]);

/**
 * The console's own credentials are wrong or missing. That is the server's configuration, not
 * something the browser user can fix by logging in, so it is a 502 (the upstream refused us),
 * never a 401.
 */
const CREDENTIAL_CODES =
  /^(InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidCredentials|Forbidden\.AccessKeyDisabled|InvalidSecurityToken|SignatureNonceUsed|InvalidTimeStamp|IllegalTimestamp)/;

/** What happened, in words an administrator can act on; ECS's own message follows it. */
const EXPLANATIONS: Record<string, string> = {
  IncorrectInstanceStatus: "The instance's current status does not allow this operation.",
  InstanceLockedForSecurity: 'The instance is locked for security reasons, so ECS refuses this operation.',
  InstanceExpiredOrInArrears: 'The instance has expired or the account has overdue payments, so ECS refuses this operation.',
  IdempotenceParamNotMatch:
    'This request reused the client token of an earlier, different request. Close and reopen the dialog to start a new request.',
  'InvalidImageName.Duplicated': 'An image with this name already exists in this region. Choose another name.',
  'InvalidImageName.Malformed': 'ECS did not accept the image name.',
  'InvalidDescription.Malformed': 'ECS did not accept the description.',
  'QuotaExceed.Image': 'The custom image quota of this region is used up. Delete unused images or raise the quota in Quota Center.',
  InvalidCredentials:
    'The console server has no usable Alibaba Cloud credentials, so it could not call ECS. Configure the credentials it runs with (ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, a profile or a RAM role).',
  'QuotaExceed.Snapshot': 'The snapshot quota is used up, so ECS cannot snapshot the disks for the image.',
};

function classify(error: EcsCallError): { status: number; code: ApiErrorCode; field?: string; fallback: string; explanation?: string } {
  const { ecsCode, httpStatus } = error;
  if (ecsCode === NO_RESPONSE_CODES.timeout)
    return { status: 504, code: 'UpstreamUnavailable', fallback: 'ECS did not answer in time. Try again in a moment.' };
  if (ecsCode === NO_RESPONSE_CODES.network)
    return { status: 502, code: 'UpstreamUnavailable', fallback: 'The console server could not reach ECS.' };
  if (CREDENTIAL_CODES.test(ecsCode))
    return {
      status: 502,
      code: 'UpstreamUnavailable',
      fallback: "ECS refused the console server's own credentials. The server's AccessKey configuration needs fixing; nothing is wrong with your request.",
    };
  if (ecsCode.includes('Throttling'))
    return { status: 429, code: 'Throttled', fallback: 'ECS is throttling requests. Wait a moment and try again.' };
  const imageLife = classifyImageLifeError(error);
  if (imageLife) return { ...imageLife, fallback: imageLife.explanation };
  if (ecsCode === 'InvalidImageName.Duplicated')
    return { status: 409, code: 'Conflict', field: 'imageName', fallback: '' };
  if (CONFLICT_CODES.has(ecsCode) || ecsCode.startsWith('IncorrectDiskStatus'))
    return { status: 409, code: 'Conflict', fallback: 'The resource is in a state that does not allow this operation now.' };
  const field = fieldOf(ecsCode);
  if (field) return { status: 400, code: 'InvalidInput', field, fallback: `ECS did not accept ${field}.` };
  if (ecsCode.endsWith('.NotFound'))
    return { status: 404, code: 'NotFound', fallback: 'ECS does not know the requested resource.' };
  if (/^(Invalid.*\.Malformed|InvalidParameter|InvalidParamter|MissingParameter)/.test(ecsCode)) {
    const named = fieldOfEcsParameter(ecsCode, error.message);
    return { status: 400, code: 'InvalidInput', ...(named ? { field: named } : {}), fallback: 'ECS did not accept a parameter of the request.' };
  }
  if (ecsCode.startsWith('Forbidden') || ecsCode === 'UserNotInTheWhiteList')
    return {
      status: 403,
      code: 'Forbidden',
      fallback: "The console's Alibaba Cloud identity is not allowed to do this. Ask an administrator to grant the RAM permission.",
    };
  if (httpStatus === 503)
    return { status: 503, code: 'UpstreamUnavailable', fallback: 'ECS is temporarily unavailable. Try again later.' };
  if (httpStatus >= 500)
    return { status: 502, code: 'UpstreamUnavailable', fallback: 'ECS failed while handling the request. Try again later.' };
  if (httpStatus >= 400)
    return { status: 422, code: 'EcsRejected', fallback: 'ECS refused the request.' };
  return { status: 502, code: 'UpstreamUnavailable', fallback: 'The call to ECS failed.' };
}

/** EcsCallError -> HTTP status, the contract's error body and headers. ECS's code and RequestId always pass through. */
export function fromEcsCallError(error: EcsCallError): ApiHttpError {
  const { status, code, field, fallback, explanation: specific } = classify(error);
  const explanation = specific ?? EXPLANATIONS[error.ecsCode] ?? fallback;
  const quoted = error.answeredByEcs ? `ECS ${error.action} said: ${error.ecsCode}: ${error.message}` : error.message;
  const message = explanation ? `${explanation} (${quoted})` : quoted;
  const ecsCode = error.ecsCode === NO_RESPONSE_CODES.timeout || error.ecsCode === NO_RESPONSE_CODES.network
    ? undefined
    : error.ecsCode;
  const headers: Record<string, string> =
    status === 429 && error.retryAfterSeconds !== undefined ? { 'retry-after': String(error.retryAfterSeconds) } : {};
  return new ApiHttpError(
    status,
    {
      code,
      message,
      ...(field ? { field } : {}),
      ...(ecsCode ? { ecsCode } : {}),
      ...(error.requestId ? { requestId: error.requestId } : {}),
    },
    headers,
  );
}
