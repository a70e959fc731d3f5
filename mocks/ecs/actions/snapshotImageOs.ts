import type { OsRecord, RegionState, SnapshotRecord } from '../model';
import { oneOf, optional } from '../params';
import { EcsError, type EcsParams } from '../types';

/** CreateImage `Platform` values (ecs-reference §2.5). */
const PLATFORMS = [
  'Aliyun', 'Anolis', 'CentOS', 'Ubuntu', 'CoreOS', 'SUSE', 'Debian', 'OpenSUSE', 'FreeBSD', 'RedHat', 'Kylin', 'UOS',
  'Fedora', 'Fedora CoreOS', 'CentOS Stream', 'AlmaLinux', 'Rocky Linux', 'Gentoo', 'Customized Linux', 'Others Linux',
  'Windows Server 2022', 'Windows Server 2019', 'Windows Server 2016', 'Windows Server 2012', 'Windows Server 2008',
  'Windows Server 2003',
] as const;

/**
 * The OS of an image made from snapshots: that of the instance the system snapshot was taken from
 * when it was a system disk, else "Others Linux" x86_64 (ECS's defaults); `Platform`,
 * `Architecture`, `BootMode` and `Features.ImdsSupport` (default v1 from a snapshot) override.
 */
export function osForSnapshotImage(region: RegionState, systemSnapshot: SnapshotRecord | undefined, params: EcsParams): OsRecord {
  const instance =
    systemSnapshot?.sourceDiskType === 'system'
      ? region.instances.find((candidate) => candidate.instanceId === systemSnapshot.sourceInstanceId)
      : undefined;
  const os: OsRecord = instance
    ? { ...instance.os }
    : {
        osType: 'linux',
        osName: 'Others Linux',
        osNameEn: 'Others Linux',
        platform: 'Others Linux',
        architecture: 'x86_64',
        bootMode: 'BIOS',
        imdsSupport: 'v1',
        isSupportCloudinit: false,
      };
  const platform = optional(params, 'Platform');
  if (platform !== undefined) {
    oneOf(platform, PLATFORMS, () => new EcsError(400, 'InvalidPlatform.Malformed', 'The specified Platform is not valid.'));
    os.platform = platform;
    os.osType = platform.startsWith('Windows') ? 'windows' : 'linux';
    os.osName = platform;
    os.osNameEn = platform;
  }
  const architecture = optional(params, 'Architecture');
  if (architecture !== undefined) {
    os.architecture = oneOf(
      architecture,
      ['i386', 'x86_64', 'arm64'] as const,
      () => new EcsError(400, 'InvalidArchitecture.Malformed', 'The specified Architecture is not valid.'),
    );
  }
  const bootMode = optional(params, 'BootMode');
  if (bootMode !== undefined) {
    os.bootMode = oneOf(
      bootMode,
      ['BIOS', 'UEFI', 'UEFI-Preferred'] as const,
      () => new EcsError(400, 'InvalidBootMode.Malformed', 'The specified BootMode is not valid.'),
    );
  }
  os.imdsSupport = oneOf(
    optional(params, 'Features.ImdsSupport') ?? 'v1',
    ['v1', 'v2'] as const,
    () => new EcsError(400, 'InvalidParameter', 'The specified parameter “Features.ImdsSupport” is not valid.'),
  );
  return os;
}
