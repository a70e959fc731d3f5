import { dryRunPassed } from '../errors';
import { requireRegion } from '../lookup';
import type { InstanceRecord } from '../model';
import { byCreationDesc } from '../order';
import { paginate } from '../paging';
import { bool, jsonIdList, nameMatcher, oneOf, optional } from '../params';
import { presentInstance } from '../present/instance';
import { EcsError } from '../types';
import type { ModelAction } from './action';

const STATUSES = ['Pending', 'Running', 'Starting', 'Stopping', 'Stopped'] as const;

/**
 * DescribeInstances: InstanceIds (JSON array; unknown IDs are simply absent), InstanceName (exact,
 * or a pattern with `*`), Status, ZoneId, InstanceChargeType, InstanceType, ImageId; paged by
 * NextToken/MaxResults (10-100) or PageNumber/PageSize.
 */
export const describeInstances: ModelAction = (model, ctx, params) => {
  const region = requireRegion(model.account(ctx.accessKeyId), params);
  const filters: ((instance: InstanceRecord) => boolean)[] = [];

  const ids = jsonIdList(params, 'InstanceIds');
  if (ids) filters.push((instance) => ids.includes(instance.instanceId));
  const name = optional(params, 'InstanceName');
  if (name !== undefined) {
    const matches = nameMatcher(name, 'anchored');
    filters.push((instance) => matches(instance.instanceName));
  }
  const status = optional(params, 'Status');
  if (status !== undefined) {
    oneOf(status, STATUSES, () => new EcsError(404, 'InvalidStatus.NotFound', 'The specified Status is not found.'));
    filters.push((instance) => instance.status === status);
  }
  const chargeType = optional(params, 'InstanceChargeType');
  if (chargeType !== undefined) {
    oneOf(
      chargeType,
      ['PrePaid', 'PostPaid'],
      () => new EcsError(404, 'InvalidInstanceChargeType.NotFound', 'The specified InstanceChargeType is not found.'),
    );
    filters.push((instance) => instance.chargeType === chargeType);
  }
  for (const [param, field] of [
    ['ZoneId', 'zoneId'],
    ['InstanceType', 'instanceType'],
    ['ImageId', 'imageId'],
    ['VpcId', 'vpcId'],
  ] as const) {
    const wanted = optional(params, param);
    if (wanted !== undefined) filters.push((instance) => instance[field] === wanted);
  }
  if (bool(params, 'DryRun')) throw dryRunPassed();

  const matching = region.instances
    .filter((instance) => filters.every((filter) => filter(instance)))
    .sort(byCreationDesc((instance) => instance.instanceId));
  const page = paginate(matching, params, { kind: 'DescribeInstances', maxResults: 100 });
  return { ...page.fields, Instances: { Instance: page.items.map(presentInstance) } };
};
