import type { CursorPage, CursorParams, LegacyPageFields } from './common.js';

/** A subscription ChartMogul derived from imported invoices (the Import API's view of it). */
export interface ImportedSubscription {
  /** ChartMogul's id of the subscription (`sub_...`). */
  readonly uuid: string;
  /** Your id of the subscription (the line items' `subscription_external_id`). */
  readonly external_id: string;
  /** Your id of the subscription set it belongs to, or `null`. */
  readonly subscription_set_external_id?: string | null;
  /** The subscription's plan (`pl_...`). */
  readonly plan_uuid: string;
  /** The customer (`cus_...`). */
  readonly customer_uuid?: string;
  /** The source (`ds_...`). */
  readonly data_source_uuid: string;
  /** Every cancellation of the subscription's lifetime (ISO 8601); `[]` when never cancelled. */
  readonly cancellation_dates: readonly string[];
}

/** `subscriptions.listImported`: GET /v1/import/customers/{uuid}/subscriptions. */
export type SubscriptionListImportedParams = CursorParams;

/** A page of `subscriptions.listImported`: the customer's subscriptions under `subscriptions`. */
export type ImportedSubscriptionPage = CursorPage<'subscriptions', ImportedSubscription> &
  LegacyPageFields & {
  /** The customer the subscriptions belong to. */
  readonly customer_uuid?: string;
};

/**
 * `subscriptions.cancel`: PATCH /v1/import/subscriptions/{uuid}. Either cancel once at
 * `cancelled_at`, or rewrite the subscription's whole cancellation history with
 * `cancellation_dates` (an empty array removes every cancellation).
 */
export type SubscriptionCancelParams =
  | {
      /** When the subscription was cancelled (ISO 8601, in the past; UTC unless a zone is given). */
      cancelled_at: string;
      /** Not with `cancelled_at`. */
      cancellation_dates?: never;
    }
  | {
      /** Every cancellation of the subscription's lifetime (ISO 8601): replaces the history. */
      cancellation_dates: string[];
      /** Not with `cancellation_dates`. */
      cancelled_at?: never;
    };
