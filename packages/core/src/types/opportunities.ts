import type { CursorPage, CursorParams, CustomFieldInput } from './common.js';

/** `recurring` revenue or a `one-time` deal. */
export type OpportunityType = 'recurring' | 'one-time';

/** How likely the deal is, for forecasts. */
export type ForecastCategory = 'pipeline' | 'best_case' | 'committed' | 'lost' | 'won' | 'omitted';

/** A sales opportunity: a lead who may subscribe, or a subscriber who may expand or renew. */
export interface Opportunity {
  /** ChartMogul's UUID of the opportunity. */
  uuid: string;
  /** The customer the deal is with. */
  customer_uuid: string;
  /** Email of the ChartMogul user who owns the deal. */
  owner: string;
  /** The sales pipeline, e.g. `New Business`. */
  pipeline: string;
  /** The deal's stage in the pipeline, e.g. `Discovery`. */
  pipeline_stage: string;
  /** Expected close date (`YYYY-MM-DD`). */
  estimated_close_date: string;
  /** ISO 4217 currency of `amount_in_cents`. */
  currency: string;
  /** The deal's value in cents. */
  amount_in_cents: number;
  /** `recurring` or `one-time`. */
  type?: OpportunityType | (string & {});
  /** The forecast category: `pipeline`, `best_case`, `committed`, `lost`, `won` or `omitted`. */
  forecast_category?: ForecastCategory | (string & {});
  /** Chance of winning, 0 to 100. */
  win_likelihood?: number | null;
  /** Custom fields by key. */
  custom?: Record<string, unknown>;
  /** When it was created (ISO 8601). */
  created_at?: string;
  /** When it last changed (ISO 8601). */
  updated_at?: string;
}

/** A page of opportunities. */
export type OpportunityPage = CursorPage<'entries', Opportunity>;

/** The opportunity fields you can write. */
export interface OpportunityWritableFields {
  /** Email of the ChartMogul user (with a CRM seat) who owns the deal. */
  owner?: string;
  /** The sales pipeline, e.g. `New Business`. */
  pipeline?: string;
  /** A stage of that pipeline, e.g. `Discovery`. */
  pipeline_stage?: string;
  /** Expected close date (`YYYY-MM-DD`). */
  estimated_close_date?: string;
  /** ISO 4217 currency of `amount_in_cents`. */
  currency?: string;
  /** The deal's value in cents. */
  amount_in_cents?: number;
  /** `recurring` or `one-time`. */
  type?: OpportunityType;
  /** The forecast category; by default the pipeline stage's. */
  forecast_category?: ForecastCategory;
  /** Chance of winning, 0 to 100; by default the pipeline stage's. */
  win_likelihood?: number;
  /** Custom fields, e.g. `[{ key: 'seats', value: 3 }]`. */
  custom?: CustomFieldInput[];
}

export interface OpportunityCreateParams extends OpportunityWritableFields {
  /** The customer the deal is with. */
  customer_uuid: string;
  /** Email of the ChartMogul user (with a CRM seat) who owns the deal. */
  owner: string;
  /** The sales pipeline, e.g. `New Business`. */
  pipeline: string;
  /** A stage of that pipeline, e.g. `Discovery`. */
  pipeline_stage: string;
  /** Expected close date (`YYYY-MM-DD`). */
  estimated_close_date: string;
  /** ISO 4217 currency of `amount_in_cents`. */
  currency: string;
  /** The deal's value in cents. */
  amount_in_cents: number;
}

export interface OpportunityUpdateParams extends OpportunityWritableFields {}

export interface OpportunityListParams extends CursorParams {
  /** Only deals with this customer. */
  customer_uuid?: string;
  /** Only deals owned by this user (email). */
  owner?: string;
  /** Only deals in this pipeline. */
  pipeline?: string;
  /** Only deals at this stage. */
  pipeline_stage?: string;
  /** Only deals expected to close on or after this date (`YYYY-MM-DD`). */
  estimated_close_date_on_or_after?: string;
  /** Only deals expected to close on or before this date (`YYYY-MM-DD`). */
  estimated_close_date_on_or_before?: string;
}
