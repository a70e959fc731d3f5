import { REGIONS, findRegion, zoneIdsOf, zoneLocalName } from '../seed/regions';
import { INSTANCE_TYPES } from '../seed/instanceTypes';
import { requireRegion } from '../lookup';
import { bool, oneOf, optional } from '../params';
import { EcsError, type EcsParams } from '../types';
import type { ModelAction } from './action';

const LANGUAGES = ['zh-CN', 'zh-TW', 'en-US', 'ja', 'fr', 'de', 'ko'] as const;

/** Chinese names for zh-CN / zh-TW (the default); English for every other language. */
function languageOf(params: EcsParams): 'en' | 'zh' {
  const language = oneOf(
    optional(params, 'AcceptLanguage') ?? 'zh-CN',
    LANGUAGES,
    () => new EcsError(404, 'InvalidAcceptLanguage.NotFound', 'The specified AcceptLanguage is not found.'),
  );
  return language.startsWith('zh') ? 'zh' : 'en';
}

function checkChargeType(params: EcsParams): void {
  const chargeType = optional(params, 'InstanceChargeType');
  if (chargeType === undefined) return;
  oneOf(
    chargeType,
    ['PrePaid', 'PostPaid'],
    () => new EcsError(404, 'InvalidInstanceChargeType.NotFound', 'The specified InstanceChargeType is not found.'),
  );
}

export const describeRegions: ModelAction = (_model, _ctx, params) => {
  const language = languageOf(params);
  checkChargeType(params);
  const resourceType = optional(params, 'ResourceType');
  if (resourceType !== undefined) {
    oneOf(
      resourceType,
      ['instance', 'disk', 'reservedinstance', 'scu'],
      () => new EcsError(404, 'InvalidResourceType.NotFound', 'The specified ResourceType is not found.'),
    );
  }
  return {
    Regions: {
      Region: REGIONS.map((region) => ({
        RegionId: region.regionId,
        LocalName: language === 'en' ? region.nameEn : region.nameZh,
        RegionEndpoint: `ecs.${region.regionId}.aliyuncs.com`,
        Status: 'available',
      })),
    },
  };
};

const DISK_CATEGORIES = ['cloud_efficiency', 'cloud_ssd', 'cloud_essd', 'cloud_auto', 'cloud_essd_entry'];

export const describeZones: ModelAction = (model, ctx, params) => {
  const { regionId } = requireRegion(model.account(ctx.accessKeyId), params);
  // Every account region comes from the REGIONS table, so this lookup always succeeds.
  const region = findRegion(regionId);
  if (!region) return { Zones: { Zone: [] } };
  const language = languageOf(params);
  checkChargeType(params);
  const verbose = optional(params, 'Verbose') === undefined ? true : bool(params, 'Verbose');
  return {
    Zones: {
      Zone: zoneIdsOf(region).map((zoneId) => {
        const zone: Record<string, unknown> = {
          ZoneId: zoneId,
          LocalName: zoneLocalName(region, zoneId, language),
          ZoneType: 'AvZone',
        };
        if (!verbose) return zone;
        return {
          ...zone,
          AvailableResourceCreation: { ResourceTypes: ['VSwitch', 'IoOptimized', 'Instance', 'Disk', 'DedicatedHost'] },
          AvailableDiskCategories: { DiskCategories: DISK_CATEGORIES },
          AvailableVolumeCategories: { VolumeCategories: ['cloud_essd', 'cloud_efficiency', 'cloud_ssd'] },
          AvailableInstanceTypes: { InstanceTypes: Object.keys(INSTANCE_TYPES) },
          AvailableResources: { ResourcesInfo: [] },
          AvailableDedicatedHostTypes: { DedicatedHostType: [] },
          DedicatedHostGenerations: { DedicatedHostGeneration: [] },
        };
      }),
    },
  };
};
