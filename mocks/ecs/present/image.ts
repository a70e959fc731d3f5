import type { ImageRecord } from '../model';
import { formatSecond } from '../time';
import { presentTags } from './tags';

/**
 * One `Images.Image[]` entry of DescribeImages: Progress a string ("45%"), Size an integer GiB,
 * DiskDeviceMapping.Size a string GiB, CreationTime to the second.
 */
export function presentImage(image: ImageRecord, ownerId: number, usedByInstance: boolean): Record<string, unknown> {
  const isSystem = image.ownerAlias === 'system';
  return {
    ImageId: image.imageId,
    ImageName: image.imageName,
    Description: image.description,
    ImageFamily: '',
    ImageVersion: '',
    ImageOwnerAlias: image.ownerAlias,
    ImageOwnerId: isSystem ? 0 : ownerId,
    Status: image.status,
    Progress: `${image.progress}%`,
    Usable: image.usable,
    Size: image.sizeGiB,
    CreationTime: formatSecond(image.creationTime),
    OSType: image.os.osType,
    OSName: image.os.osName,
    OSNameEn: image.os.osNameEn,
    Platform: image.os.platform,
    Architecture: image.os.architecture,
    BootMode: image.os.bootMode,
    IsSupportCloudinit: image.os.isSupportCloudinit,
    IsSupportIoOptimized: true,
    IsCopied: false,
    IsSubscribed: false,
    IsPublic: isSystem,
    IsSelfShared: '',
    LoginAsNonRootSupported: false,
    Usage: usedByInstance ? 'instance' : 'none',
    ProductCode: '',
    SupplierName: '',
    LicenseType: isSystem ? 'Auto' : '',
    ResourceGroupId: image.resourceGroupId,
    DiskDeviceMappings: {
      DiskDeviceMapping: image.diskDeviceMappings.map((mapping) => ({
        Device: mapping.device,
        Type: mapping.type,
        SnapshotId: mapping.snapshotId,
        Size: String(mapping.sizeGiB),
        Format: '',
        ImportOSSBucket: '',
        ImportOSSObject: '',
        Encrypted: false,
      })),
    },
    Tags: presentTags(image.tags),
    Features: { ImdsSupport: image.os.imdsSupport, NvmeSupport: 'supported' },
    SecureBootOptions: { SecureBootSupport: 'unsupported' },
    DetectionOptions: { Status: '', Items: { Item: [] } },
  };
}
