import { toDisk, toImage, toInstance, toRegion, toSnapshot, toZone } from './mapResources';
import { toEcsCallError } from './mapSdkError';
import type {
  AttachedDisk,
  CreateImageRequest,
  DiskQuery,
  EcsPort,
  ImagePage,
  ImageQuery,
  InstancePage,
  InstanceQuery,
} from './port';
import { Credential, EcsModels as M, EcsSdkClient, OpenApiUtil, type EcsSdkClientInstance } from './sdkModules';
import type { ImageLifePort } from './imageLifePort';
import { sdkImageLifeCalls } from './sdkImageLife';

/** Explicit keys (mock mode, tests) or the standard chain: env, profiles, RAM role (live mode). */
export type EcsCredentials =
  | { kind: 'accessKey'; accessKeyId: string; accessKeySecret: string; securityToken?: string }
  | { kind: 'defaultChain' };

export interface SdkEcsClientOptions {
  credentials: EcsCredentials;
  /** host[:port] for every region (ECS_ENDPOINT); without it the SDK picks each region's endpoint. */
  endpoint?: string;
  protocol?: 'http' | 'https';
  readTimeoutMs?: number;
  connectTimeoutMs?: number;
}

/** DescribeRegions carries no region, but the SDK needs one to pick an endpoint. */
const HOME_REGION = 'cn-hangzhou';
/** ECS caps list calls at 100 IDs per request. */
const IDS_PER_CALL = 100;
/** Guards against an endless NextToken chain from a misbehaving endpoint. */
const MAX_PAGES = 50;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The one EcsPort implementation: the official SDK @alicloud/ecs20140526, one client per region. */
export class SdkEcsClient implements EcsPort {
  private readonly clients = new Map<string, EcsSdkClientInstance>();
  /** One credential provider shared by every regional client, so STS/RAM tokens are fetched once. */
  private readonly sharedCredential: InstanceType<typeof Credential> | undefined;
  private readonly secrets: string[];

  constructor(private readonly options: SdkEcsClientOptions) {
    const { credentials } = options;
    this.sharedCredential = credentials.kind === 'defaultChain' ? new Credential() : undefined;
    this.secrets =
      credentials.kind === 'accessKey'
        ? [credentials.accessKeySecret, credentials.securityToken ?? ''].filter(Boolean)
        : [];
  }

  /** Issue 3's calls (snapshots, images from snapshots, instances, export, delete, network): sdkImageLife.ts. */
  private readonly life: ImageLifePort = sdkImageLifeCalls({
    client: (regionId) => this.client(regionId),
    call: (action, send) => this.call(action, send),
  });
  readonly describeSnapshotPage: ImageLifePort['describeSnapshotPage'] = (...args) => this.life.describeSnapshotPage(...args);
  readonly createImageFromSnapshots: ImageLifePort['createImageFromSnapshots'] = (...args) => this.life.createImageFromSnapshots(...args);
  readonly runInstances: ImageLifePort['runInstances'] = (...args) => this.life.runInstances(...args);
  readonly replaceSystemDisk: ImageLifePort['replaceSystemDisk'] = (...args) => this.life.replaceSystemDisk(...args);
  readonly exportImage: ImageLifePort['exportImage'] = (...args) => this.life.exportImage(...args);
  readonly describeTasks: ImageLifePort['describeTasks'] = (...args) => this.life.describeTasks(...args);
  readonly describeTaskProgress: ImageLifePort['describeTaskProgress'] = (...args) => this.life.describeTaskProgress(...args);
  readonly deleteImage: ImageLifePort['deleteImage'] = (...args) => this.life.deleteImage(...args);
  readonly deleteSnapshot: ImageLifePort['deleteSnapshot'] = (...args) => this.life.deleteSnapshot(...args);
  readonly describeVSwitches: ImageLifePort['describeVSwitches'] = (...args) => this.life.describeVSwitches(...args);
  readonly describeSecurityGroups: ImageLifePort['describeSecurityGroups'] = (...args) => this.life.describeSecurityGroups(...args);
  readonly describeKeyPairs: ImageLifePort['describeKeyPairs'] = (...args) => this.life.describeKeyPairs(...args);
  readonly describeInstanceTypes: ImageLifePort['describeInstanceTypes'] = (...args) => this.life.describeInstanceTypes(...args);

  private client(regionId: string): EcsSdkClientInstance {
    let client = this.clients.get(regionId);
    if (!client) {
      const { credentials, endpoint, protocol } = this.options;
      const config = new OpenApiUtil.Config({
        regionId,
        endpoint,
        protocol,
        readTimeout: this.options.readTimeoutMs ?? 10_000,
        connectTimeout: this.options.connectTimeoutMs ?? 5_000,
        ...(credentials.kind === 'accessKey'
          ? {
              accessKeyId: credentials.accessKeyId,
              accessKeySecret: credentials.accessKeySecret,
              securityToken: credentials.securityToken,
            }
          : { credential: this.sharedCredential }),
      });
      client = new EcsSdkClient(config);
      this.clients.set(regionId, client);
    }
    return client;
  }

  private async call<T>(action: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw toEcsCallError(error, action, this.secrets);
    }
  }

  async describeRegions() {
    const request = new M.DescribeRegionsRequest({ acceptLanguage: 'en-US' });
    const response = await this.call('DescribeRegions', () => this.client(HOME_REGION).describeRegions(request));
    return (response.body?.regions?.region ?? []).map(toRegion);
  }

  async describeZones(regionId: string) {
    const request = new M.DescribeZonesRequest({ regionId, acceptLanguage: 'en-US', verbose: false });
    const response = await this.call('DescribeZones', () => this.client(regionId).describeZones(request));
    return (response.body?.zones?.zone ?? []).map(toZone);
  }

  async describeInstances(regionId: string, query: InstanceQuery): Promise<InstancePage> {
    const request = new M.DescribeInstancesRequest({
      regionId,
      instanceName: query.name ? `*${query.name}*` : undefined,
      instanceIds: query.instanceIds?.length ? JSON.stringify(query.instanceIds) : undefined,
      status: query.status,
      nextToken: query.nextToken || undefined,
      maxResults: query.maxResults,
    });
    const response = await this.call('DescribeInstances', () => this.client(regionId).describeInstances(request));
    const body = response.body;
    return {
      instances: (body?.instances?.instance ?? []).map(toInstance),
      nextToken: body?.nextToken ? body.nextToken : null,
      totalCount: body?.totalCount ?? 0,
    };
  }

  async describeDisks(regionId: string, query: DiskQuery): Promise<AttachedDisk[]> {
    // An empty ID list must not turn into "no filter", which would list every disk of the region.
    if (query.diskIds && query.diskIds.length === 0 && !query.instanceId) return [];
    const idGroups = query.diskIds?.length ? chunks(query.diskIds, IDS_PER_CALL) : [undefined];
    const disks: AttachedDisk[] = [];
    for (const ids of idGroups) {
      let nextToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const request = new M.DescribeDisksRequest({
          regionId,
          instanceId: query.instanceId,
          diskIds: ids ? JSON.stringify(ids) : undefined,
          maxResults: 100,
          nextToken,
        });
        const response = await this.call('DescribeDisks', () => this.client(regionId).describeDisks(request));
        disks.push(...(response.body?.disks?.disk ?? []).map(toDisk));
        nextToken = response.body?.nextToken || undefined;
        if (!nextToken) break;
      }
    }
    return disks;
  }

  async createImage(regionId: string, image: CreateImageRequest) {
    const request = new M.CreateImageRequest({
      regionId,
      instanceId: image.instanceId,
      imageName: image.imageName,
      // ECS's Description is optional but 2-256 characters when given: an empty one is left out.
      description: image.description || undefined,
      clientToken: image.clientToken,
      tag: image.tags.length
        ? image.tags.map((tag) => new M.CreateImageRequestTag({ key: tag.key, value: tag.value }))
        : undefined,
      resourceGroupId: image.resourceGroupId,
    });
    const response = await this.call('CreateImage', () => this.client(regionId).createImage(request));
    return { imageId: response.body?.imageId ?? '', requestId: response.body?.requestId ?? '' };
  }

  async describeImages(regionId: string, query: ImageQuery): Promise<ImagePage> {
    const request = new M.DescribeImagesRequest({
      regionId,
      imageOwnerAlias: 'self',
      imageId: query.imageIds?.length ? query.imageIds.join(',') : undefined,
      imageName: query.name || undefined,
      status: query.statuses.join(','),
      pageNumber: query.pageNumber,
      pageSize: query.pageSize,
    });
    const response = await this.call('DescribeImages', () => this.client(regionId).describeImages(request));
    const body = response.body;
    return {
      images: (body?.images?.image ?? []).map(toImage),
      totalCount: body?.totalCount ?? 0,
      pageNumber: body?.pageNumber ?? query.pageNumber,
      pageSize: body?.pageSize ?? query.pageSize,
    };
  }

  async describeSnapshots(regionId: string, query: { snapshotIds: readonly string[] }) {
    // No IDs means no snapshots, not "every snapshot of the region".
    const snapshots = [];
    for (const ids of chunks(query.snapshotIds, IDS_PER_CALL)) {
      const request = new M.DescribeSnapshotsRequest({ regionId, snapshotIds: JSON.stringify(ids), maxResults: 100 });
      const response = await this.call('DescribeSnapshots', () => this.client(regionId).describeSnapshots(request));
      snapshots.push(...(response.body?.snapshots?.snapshot ?? []).map(toSnapshot));
    }
    return snapshots;
  }

  // Start/Stop/RebootInstance carry no RegionId: the regional client's endpoint names the region.
  async startInstance(regionId: string, instanceId: string) {
    const request = new M.StartInstanceRequest({ instanceId });
    const response = await this.call('StartInstance', () => this.client(regionId).startInstance(request));
    return { requestId: response.body?.requestId ?? '' };
  }

  async stopInstance(regionId: string, instanceId: string) {
    const request = new M.StopInstanceRequest({ instanceId });
    const response = await this.call('StopInstance', () => this.client(regionId).stopInstance(request));
    return { requestId: response.body?.requestId ?? '' };
  }

  async rebootInstance(regionId: string, instanceId: string) {
    const request = new M.RebootInstanceRequest({ instanceId });
    const response = await this.call('RebootInstance', () => this.client(regionId).rebootInstance(request));
    return { requestId: response.body?.requestId ?? '' };
  }
}
