import type { EmulatorModel } from '../store';
import type { ActionHandler } from '../types';
import type { ModelAction } from './action';
import { createImage } from './createImage';
import { describeDisks } from './describeDisks';
import { describeImages } from './describeImages';
import { describeInstances } from './describeInstances';
import { describeSnapshots } from './describeSnapshots';
import { rebootInstance, startInstance, stopInstance } from './instancePower';
import { deleteImage } from './deleteImage';
import { deleteSnapshot } from './deleteSnapshot';
import { describeInstanceTypes } from './describeInstanceTypes';
import { describeTaskAttribute, describeTasks } from './describeTasks';
import { exportImage } from './exportImage';
import { describeKeyPairs, describeSecurityGroups, describeVSwitches, describeVpcs } from './network';
import { replaceSystemDisk } from './replaceSystemDisk';
import { runInstances } from './runInstances';
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
  // Issue 3: the image's whole life.
  DescribeVpcs: describeVpcs,
  DescribeVSwitches: describeVSwitches,
  DescribeSecurityGroups: describeSecurityGroups,
  DescribeKeyPairs: describeKeyPairs,
  DescribeInstanceTypes: describeInstanceTypes,
  RunInstances: runInstances,
  ReplaceSystemDisk: replaceSystemDisk,
  ExportImage: exportImage,
  DescribeTasks: describeTasks,
  DescribeTaskAttribute: describeTaskAttribute,
  DeleteImage: deleteImage,
  DeleteSnapshot: deleteSnapshot,
};

/** The ECS action name -> handler record the protocol dispatches on. */
export function bindActions(model: EmulatorModel): Readonly<Record<string, ActionHandler>> {
  const bound: Record<string, ActionHandler> = {};
  for (const [name, action] of Object.entries(ACTIONS)) {
    bound[name] = (ctx, params) => action(model, ctx, params);
  }
  return Object.freeze(bound);
}
