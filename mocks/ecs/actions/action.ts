import type { EmulatorModel } from '../store';
import type { ActionContext, EcsParams } from '../types';

/** An ECS action over the model; actions/index.ts binds each to the emulator's model. */
export type ModelAction = (model: EmulatorModel, ctx: ActionContext, params: EcsParams) => Record<string, unknown>;
