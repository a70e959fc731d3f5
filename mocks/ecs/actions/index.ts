import type { EmulatorModel } from '../store';
import type { ActionHandler } from '../types';
import type { ModelAction } from './action';
import { createImage } from './createImage';
import { describeDisks } from './describeDisks';
import { describeImages } from './describeImages';
import { describeInstances } from './describeInstances';
import { describeSnapshots } from './describeSnapshots';
import { rebootInstance, startInstance, stopInstance } from './instancePower';
import { describeRegions, describeZones } from './regions';

const ACTIONS: Readonly<Record<string, ModelAction>> = {
  DescribeRegions: describeRegions,
  DescribeZones: describeZones,
  DescribeInstances: describeInstances,
  DescribeDisks: describeDisks,
  DescribeImages: describeImages,
  DescribeSnapshots: describeSnapshots,
  CreateImage: createImage,
  StartInstance: startInstance,
  StopInstance: stopInstance,
  RebootInstance: rebootInstance,
};

/** The ECS action name -> handler record the protocol dispatches on. */
export function bindActions(model: EmulatorModel): Readonly<Record<string, ActionHandler>> {
  const bound: Record<string, ActionHandler> = {};
  for (const [name, action] of Object.entries(ACTIONS)) {
    bound[name] = (ctx, params) => action(model, ctx, params);
  }
  return Object.freeze(bound);
}
