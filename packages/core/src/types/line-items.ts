import type { ExternalIdParams } from './common.js';
import type { DisabledStateFields, ImportErrors, ImportedReadParams, UserEditParams } from './import-api.js';

/** What a line item bills: a subscription period, a one-time charge, or a trial. */
export type LineItemType = 'subscription' | 'one_time' | 'trial';

/** How a prorated subscription line item's amount was computed. */
export type ProrationType = 'differential' | 'full' | 'differential_mrr';

/** The fields of a line item you send, on import and on update. */
export interface LineItemFields {
  /** `subscription` (a recurring service period), `one_time` (a single charge) or `trial`. */
  type: LineItemType;
  /** The amount billed, in cents, after discounts and before tax (`0` for free). */
  amount_in_cents: number;
  /** The number of units (seats) billed; default 1. */
  quantity?: number;
  /** Your id of this line item. */
  external_id?: string;
  /** Subscription and trial items: your id of the subscription. */
  subscription_external_id?: string;
  /** Subscription and trial items: your id of a set grouping several subscriptions into one. */
  subscription_set_external_id?: string;
  /** Subscription and trial items: ChartMogul's uuid of the plan (`pl_...`). */
  plan_uuid?: string;
  /** Subscription and trial items: the start of the billed service period (ISO 8601). */
  service_period_start?: string;
  /** Subscription and trial items: the end of the billed service period (ISO 8601). */
  service_period_end?: string;
  /** Subscription items: the time the subscription was cancelled (ISO 8601). */
  cancelled_at?: string;
  /** Subscription items: whether the amount is prorated. */
  prorated?: boolean;
  /** Subscription items: how the prorated amount was computed. */
  proration_type?: ProrationType;
  /** One-time items: what was charged, e.g. `Setup fees`. */
  description?: string;
  /** The discount applied, in cents. */
  discount_amount_in_cents?: number;
  /** The discount's code, e.g. `PSO86`. */
  discount_code?: string;
  /** The discount's description. */
  discount_description?: string;
  /** The tax billed, in cents. */
  tax_amount_in_cents?: number;
  /** The payment processor's fees, in cents. */
  transaction_fees_in_cents?: number;
  /** The three-letter currency of the fees, e.g. `USD`. */
  transaction_fees_currency?: string;
  /** Orders events at the same timestamp: lower first. */
  event_order?: number;
  /** Your accounting code for the item (up to 30 characters). */
  account_code?: string;
  /** Whether the item moves a balance between invoices instead of billing anew. */
  balance_transfer?: boolean;
}

/** A line item of an invoice. */
export interface LineItem extends DisabledStateFields {
  /** ChartMogul's id of the line item (`li_...`). */
  readonly uuid: string;
  /** Your id of the line item, or `null`. */
  readonly external_id: string | null;
  /** `subscription`, `one_time` or `trial` (open to values added later). */
  readonly type: LineItemType | (string & {});
  /** The amount billed, in cents. */
  readonly amount_in_cents: number;
  /** The number of units billed. */
  readonly quantity?: number | null;
  /** The invoice the item belongs to (`inv_...`). */
  readonly invoice_uuid?: string;
  /** The subscription ChartMogul made or matched for the item (`sub_...`). */
  readonly subscription_uuid?: string | null;
  /** Your id of the subscription. */
  readonly subscription_external_id?: string | null;
  /** Your id of the subscription set. */
  readonly subscription_set_external_id?: string | null;
  /** ChartMogul's uuid of the plan. */
  readonly plan_uuid?: string | null;
  /** Your id of the plan. */
  readonly plan_external_id?: string | null;
  /** The start of the billed service period (ISO 8601). */
  readonly service_period_start?: string | null;
  /** The end of the billed service period (ISO 8601). */
  readonly service_period_end?: string | null;
  /** When the subscription was cancelled (ISO 8601). */
  readonly cancelled_at?: string | null;
  /** Whether the amount is prorated. */
  readonly prorated?: boolean;
  /** How the prorated amount was computed. */
  readonly proration_type?: ProrationType | (string & {}) | null;
  /** What a one-time item charged. */
  readonly description?: string | null;
  /** The discount applied, in cents. */
  readonly discount_amount_in_cents?: number | null;
  /** The discount's code. */
  readonly discount_code?: string | null;
  /** The discount's description. */
  readonly discount_description?: string | null;
  /** The tax billed, in cents. */
  readonly tax_amount_in_cents?: number | null;
  /** The payment processor's fees, in cents. */
  readonly transaction_fees_in_cents?: number | null;
  /** The currency of the fees. */
  readonly transaction_fees_currency?: string | null;
  /** The order among events at the same timestamp. */
  readonly event_order?: number | null;
  /** Your accounting code. */
  readonly account_code?: string | null;
  /** Whether the item moves a balance between invoices. */
  readonly balance_transfer?: boolean | null;
  /** Validation errors, by field. */
  readonly errors?: ImportErrors;
  /** With `include_edit_histories`: the edits made over the imported values. */
  readonly edit_history_summary?: Readonly<Record<string, unknown>>;
}

/** `lineItems.import`: POST /v1/import/invoices/{invoice_uuid}/line_items. */
export type LineItemImportParams = LineItemFields & UserEditParams;

/** `lineItems.retrieve`: GET /v1/line_items/{uuid}. */
export type LineItemRetrieveParams = ImportedReadParams;

/** `lineItems.update`: PATCH /v1/line_items/{uuid}. Only the fields given change. */
export type LineItemUpdateParams = Partial<LineItemFields> & UserEditParams;

/** `lineItems.retrieveByExternalId`: GET /v1/line_items?data_source_uuid=&external_id=. */
export type LineItemRetrieveByExternalIdParams = ExternalIdParams & ImportedReadParams;

/**
 * `lineItems.updateByExternalId`: PATCH /v1/line_items?data_source_uuid=&external_id=. The two
 * ids find the item (they travel in the query), so the external id itself cannot change here.
 */
export type LineItemUpdateByExternalIdParams = ExternalIdParams & Omit<LineItemUpdateParams, 'external_id'>;

/** The params of removing or disabling a line item by its source's id. */
export type LineItemByExternalIdParams = ExternalIdParams & UserEditParams;
