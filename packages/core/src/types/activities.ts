import type { CursorPage, CursorParams, LegacyPageFields } from './common.js';
import type { OptionalDateRangeParams } from './metrics.js';

/** The kinds of MRR movement an activity records. */
export type ActivityType = 'new_biz' | 'expansion' | 'contraction' | 'churn' | 'reactivation';

/** One MRR movement of one customer. Money in cents; the API spells these fields with hyphens. */
export interface Activity {
  /** ChartMogul's id of the activity. */
  readonly uuid: string;
  /** When it happened (ISO 8601). */
  readonly date: string;
  /** The kind of movement (open to kinds added later). */
  readonly type: ActivityType | (string & {});
  /** A sentence for people, e.g. `purchased the Silver plan`. */
  readonly description: string;
  /** The MRR change this activity made. */
  readonly 'activity-mrr-movement': number;
  /** The customer's MRR after it. */
  readonly 'activity-mrr': number;
  /** The customer's ARR after it. */
  readonly 'activity-arr': number;
  /** The three-letter currency of the subscription. */
  readonly currency: string;
  /** Your id of the subscription. */
  readonly 'subscription-external-id'?: string | null;
  /** The external id of the subscription set the subscription belongs to, where it is in one. */
  readonly 'subscription-set-external-id'?: string | null;
  /** Your id of the plan. */
  readonly 'plan-external-id'?: string | null;
  /** The customer's name. */
  readonly 'customer-name'?: string | null;
  /** ChartMogul's id of the customer (`cus_...`). */
  readonly 'customer-uuid': string;
  /** Your id of the customer. */
  readonly 'customer-external-id'?: string | null;
  /** The source of the customer (`ds_...`). */
  readonly 'billing-connector-uuid'?: string;
}

/**
 * `activities.list`: GET /v1/activities. The period's dates may be spelled `start_date` /
 * `end_date` or the wire's `start-date` / `end-date`.
 */
export type ActivityListParams = OptionalDateRangeParams &
  CursorParams & {
    /** Only activities of this kind. */
    type?: ActivityType;
    /** `date` for oldest first, `-date` for newest first. */
    order?: 'date' | '-date';
  };

/** A page of `activities.list`: the activities under `entries`. */
export type ActivityPage = CursorPage<'entries', Activity> & Pick<LegacyPageFields, 'per_page'>;
