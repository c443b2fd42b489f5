import type { CursorPage, CursorParams, LegacyPageFields } from './common.js';

/** The unit of a plan's billing interval. */
export type IntervalUnit = 'day' | 'month' | 'year';

/** A subscription billing plan: a product or service billed every `interval_count` `interval_unit`s. */
export interface Plan {
  /** ChartMogul's id of the plan (`pl_...`). */
  readonly uuid: string;
  /** The source the plan belongs to (`ds_...`). */
  readonly data_source_uuid: string;
  /** The plan's display name. */
  readonly name: string;
  /** The number of `interval_unit`s between two billings (3 with `month` for a quarterly plan). */
  readonly interval_count: number;
  /** The unit of the billing interval: `day`, `month` or `year` (open to values added later). */
  readonly interval_unit: IntervalUnit | (string & {});
  /** The plan's id in the source's billing system, or `null`. */
  readonly external_id: string | null;
}

/** `plans.create`: POST /v1/plans. */
export interface PlanCreateParams {
  /** The source to create the plan in (`ds_...`). */
  data_source_uuid: string;
  /** The plan's display name, e.g. `Gold monthly`. */
  name: string;
  /** The number of `interval_unit`s between two billings. */
  interval_count: number;
  /** The unit of the billing interval. */
  interval_unit: IntervalUnit;
  /** The plan's id in your billing system; ChartMogul makes one up if absent. */
  external_id?: string;
}

/** `plans.update`: PATCH /v1/plans/{uuid}. Every field is optional; only those given change. */
export interface PlanUpdateParams {
  /** The plan's new display name. */
  name?: string;
  /** The new number of `interval_unit`s between two billings. */
  interval_count?: number;
  /** The new unit of the billing interval. */
  interval_unit?: IntervalUnit;
  /** Your id of the plan (sent back as it is by the official libraries). */
  external_id?: string;
  /** The plan's data source (sent back as it is by the official libraries). */
  data_source_uuid?: string;
}

/** `plans.list`: GET /v1/plans. */
export interface PlanListParams extends CursorParams {
  /** Only the plans of this source. */
  data_source_uuid?: string;
  /** Only the plan with this external id. */
  external_id?: string;
  /** Only the plans of sources of this billing system, e.g. `Stripe`. */
  system?: string;
}

/** A page of `plans.list`: the plans under `plans`. */
export type PlanPage = CursorPage<'plans', Plan> & LegacyPageFields;
