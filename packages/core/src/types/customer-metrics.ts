import type { CursorPage, LegacyPageFields } from './common.js';

/** A subscription of one customer, as the Metrics API reports it. */
export interface CustomerSubscription {
  /** ChartMogul's numeric id of the subscription. */
  id: number;
  /** ChartMogul's UUID of the subscription; use it to connect subscriptions. */
  uuid: string;
  /** Your id of the subscription in its data source. */
  external_id: string;
  /** The external id of the subscription set the subscription belongs to, where it is in one. */
  subscription_set_external_id?: string | null;
  /** The plan's name. */
  plan: string;
  /** How many units of the plan the customer subscribes to (seats, licences). */
  quantity: number;
  /** Monthly recurring revenue, in cents of `currency`. */
  mrr: number;
  /** Annual run rate, in cents of `currency`. */
  arr: number;
  /** `active`, `past_due` or `cancelled`. */
  status: string;
  /** The plan's billing interval unit: `day`, `month` or `year`. */
  'billing-cycle': string;
  /** Number of interval units per billing cycle. */
  'billing-cycle-count': number;
  /** When the subscription started (ISO 8601). */
  'start-date': string;
  /** When the current period ends, or when it ended (ISO 8601). */
  'end-date': string;
  /** The account currency (ISO 4217). */
  currency: string;
  /** The symbol of `currency`, e.g. `$`. */
  'currency-sign': string;
}

/** A page of a customer's subscriptions. */
export type CustomerSubscriptionPage = CursorPage<'entries', CustomerSubscription> & LegacyPageFields;

/** Names a subscription to connect: by ChartMogul UUID, or by its external id. */
export type SubscriptionReference =
  | {
      /** The data source of the subscription, `ds_...`. */
      data_source_uuid: string;
      /** ChartMogul's UUID of the subscription, `sub_...`. */
      uuid: string;
      /** Not with `uuid`. */
      external_id?: never;
    }
  | {
      /** The data source of the subscription, `ds_...`. */
      data_source_uuid: string;
      /** Your id of the subscription in that data source. */
      external_id: string;
      /** Not with `external_id`. */
      uuid?: never;
    };

export interface SubscriptionConnectionParams {
  /**
   * The subscriptions to connect into one (or to disconnect). Use `uuid` when they share an
   * external id (e.g. cancelled and reactivated), since the API refuses `external_id` then.
   */
  subscriptions: SubscriptionReference[];
}

/** A movement of a customer's MRR: new business, expansion, contraction, churn, reactivation. */
export interface CustomerActivity {
  /** ChartMogul's numeric id of the activity. */
  id: number;
  /** When it happened (ISO 8601). */
  date: string;
  /** `new_biz`, `expansion`, `contraction`, `churn` or `reactivation`. */
  type: string;
  /** A sentence about it, e.g. `purchased the Silver Monthly plan (1)`. */
  description: string;
  /** ARR after the activity, in cents. */
  'activity-arr': number;
  /** MRR after the activity, in cents. */
  'activity-mrr': number;
  /** The change of MRR, in cents. */
  'activity-mrr-movement': number;
  /** The account currency (ISO 4217). */
  currency: string;
  /** The symbol of `currency`, e.g. `$`. */
  'currency-sign': string;
  /** The external id of the plan the activity is about. */
  'plan-external-id'?: string;
  /** The external id of the subscription the activity is about. */
  'subscription-external-id'?: string;
}

/** A page of a customer's activities. */
export type CustomerActivityPage = CursorPage<'entries', CustomerActivity> & LegacyPageFields;
