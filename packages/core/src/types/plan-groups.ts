import type { CursorPage, CursorParams, LegacyPageFields } from './common.js';
import type { Plan } from './plans.js';

/** A named group of plans, for filtering metrics by several plans at once. */
export interface PlanGroup {
  /** ChartMogul's id of the plan group (`plg_...`). */
  readonly uuid: string;
  /** The group's display name. */
  readonly name: string;
  /** How many plans the group holds. */
  readonly plans_count: number;
}

/** `planGroups.create`: POST /v1/plan_groups. */
export interface PlanGroupCreateParams {
  /** The group's display name. */
  name: string;
  /** The uuids of the plans in the group (`pl_...`). */
  plans: string[];
}

/** `planGroups.update`: PATCH /v1/plan_groups/{uuid}. Only the fields given change. */
export interface PlanGroupUpdateParams {
  /** The group's new display name. */
  name?: string;
  /** The uuids of all the plans the group should hold: replaces the current list. */
  plans?: string[];
}

/** `planGroups.list` and `planGroups.plans.list`: cursor paging only. */
export type PlanGroupListParams = CursorParams;

/** A page of `planGroups.list`: the groups under `plan_groups`. */
export type PlanGroupPage = CursorPage<'plan_groups', PlanGroup> & LegacyPageFields;

/** A page of `planGroups.plans.list`: the group's plans under `plans`. */
export type PlanGroupPlanPage = CursorPage<'plans', Plan> & LegacyPageFields;
