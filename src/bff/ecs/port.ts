import type {
  Disk,
  Image,
  ImageStatus,
  Instance,
  InstanceStatus,
  Region,
  Snapshot,
  Tag,
  Zone,
} from '../../contract';
import type { ImageLifePort } from './imageLifePort';

export type * from './imageLifePort';

/**
 * The ECS client PORT: everything the BFF asks of ECS, in the console's own words (contract
 * types). Routes and guards speak only this interface; the SDK lives behind it (sdkEcsClient.ts),
 * so nothing above the port knows whether ECS is real, emulated in-process or over HTTP.
 */
export interface EcsPort extends ImageLifePort {
  describeRegions(): Promise<Region[]>;
  describeZones(regionId: string): Promise<Zone[]>;
  describeInstances(regionId: string, query: InstanceQuery): Promise<InstancePage>;
  describeDisks(regionId: string, query: DiskQuery): Promise<AttachedDisk[]>;
  createImage(regionId: string, request: CreateImageRequest): Promise<{ imageId: string; requestId: string }>;
  /** Custom images only (ImageOwnerAlias=self): the console never lists public images. */
  describeImages(regionId: string, query: ImageQuery): Promise<ImagePage>;
  describeSnapshots(regionId: string, query: { snapshotIds: readonly string[] }): Promise<Snapshot[]>;
  startInstance(regionId: string, instanceId: string): Promise<{ requestId: string }>;
  stopInstance(regionId: string, instanceId: string): Promise<{ requestId: string }>;
  rebootInstance(regionId: string, instanceId: string): Promise<{ requestId: string }>;
}

export interface InstanceQuery {
  /** Fuzzy: the client wraps it in ECS's `*` wildcards. */
  name?: string;
  instanceIds?: readonly string[];
  status?: InstanceStatus;
  nextToken?: string;
  maxResults: number;
}

export interface InstancePage {
  instances: Instance[];
  /** Null on the last page. */
  nextToken: string | null;
  totalCount: number;
}

export interface DiskQuery {
  instanceId?: string;
  diskIds?: readonly string[];
}

/** A disk plus the instance it is attached to ('' when detached): image builds follow this link. */
export type AttachedDisk = Disk & { instanceId: string };

export interface CreateImageRequest {
  instanceId: string;
  imageName: string;
  description: string;
  /** The browser's token, passed to ECS unchanged so a retry never makes a second image. */
  clientToken: string;
  tags: readonly Tag[];
  resourceGroupId?: string;
}

export interface ImageQuery {
  imageIds?: readonly string[];
  name?: string;
  /** Every status to include; ECS itself shows only Available when none is given. */
  statuses: readonly ImageStatus[];
  pageNumber: number;
  pageSize: number;
}

export interface ImagePage {
  images: Image[];
  totalCount: number;
  pageNumber: number;
  pageSize: number;
}

export interface EcsCallErrorDetails {
  /** The ECS API action that failed, e.g. 'CreateImage'. */
  action: string;
  /** ECS's error code; for failures without an ECS answer, one of NO_RESPONSE_CODES. */
  ecsCode: string;
  /** ECS's own message (never containing credentials). */
  message: string;
  requestId?: string;
  /** ECS's HTTP status; 0 when ECS never answered (timeout, network, client-side refusal). */
  httpStatus: number;
  retryAfterSeconds?: number;
}

/** Codes the client uses when there is no ECS answer to quote. */
export const NO_RESPONSE_CODES = {
  timeout: 'RequestTimeout',
  network: 'NetworkFailure',
} as const;

/** Any failed ECS call, whatever the transport: the one error type that crosses the port. */
export class EcsCallError extends Error {
  readonly action: string;
  readonly ecsCode: string;
  readonly requestId: string | undefined;
  readonly httpStatus: number;
  readonly retryAfterSeconds: number | undefined;

  constructor(details: EcsCallErrorDetails) {
    super(details.message);
    this.name = 'EcsCallError';
    this.action = details.action;
    this.ecsCode = details.ecsCode;
    this.requestId = details.requestId;
    this.httpStatus = details.httpStatus;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** True when ECS itself answered (so ecsCode and requestId are ECS's). */
  get answeredByEcs(): boolean {
    return this.httpStatus > 0;
  }
}
