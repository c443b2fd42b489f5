import type { CursorPage, CursorParams, ExternalIdParams } from './common.js';
import type { ImportErrors, UserEditParams } from './import-api.js';

/** The kinds of subscription events. Scheduled events and their retractions feed committed MRR. */
export type SubscriptionEventType =
  | 'subscription_start'
  | 'subscription_start_scheduled'
  | 'scheduled_subscription_start_retracted'
  | 'subscription_cancelled'
  | 'subscription_cancellation_scheduled'
  | 'scheduled_subscription_cancellation_retracted'
  | 'subscription_updated'
  | 'subscription_update_scheduled'
  | 'scheduled_subscription_update_retracted'
  | 'subscription_event_retracted';

/** The fields of a subscription event you send. */
export interface SubscriptionEventFields {
  /** The source of the event (`ds_...`). */
  data_source_uuid: string;
  /** Your id of the customer. */
  customer_external_id: string;
  /** What happened, or is scheduled to happen, to the subscription. */
  event_type: SubscriptionEventType;
  /** When the event was recorded (ISO 8601). */
  event_date: string;
  /** When the change takes effect (ISO 8601); in the future for scheduled events. */
  effective_date: string;
  /** Your id of the subscription (required by every type but retractions of a whole event). */
  subscription_external_id?: string;
  /** Your id of a set grouping several subscriptions into one. */
  subscription_set_external_id?: string;
  /** Your id of the plan (starts and updates). */
  plan_external_id?: string;
  /** The three-letter currency of the amounts (starts and updates). */
  currency?: string;
  /** The subscription's amount per billing period, in cents (starts and updates). */
  amount_in_cents?: number;
  /** The tax per billing period, in cents. */
  tax_amount_in_cents?: number;
  /** The number of units (seats). */
  quantity?: number;
  /** Your id of this event, unique in the source. */
  external_id?: string;
  /** For retractions: the `id` of the event being retracted. */
  retracted_event_id?: string;
  /** Orders events at the same timestamp: lower first. */
  event_order?: number;
}

/** A subscription event as stored. */
export interface SubscriptionEvent {
  /** ChartMogul's id of the event. */
  readonly id: number;
  /** The source of the event. */
  readonly data_source_uuid: string;
  /** Your id of the customer (as `create` answers). */
  readonly customer_external_id?: string;
  /** Your id of the customer (as `list` answers). */
  readonly data_source_customer_external_id?: string;
  /** What happened (open to types added later). */
  readonly event_type: SubscriptionEventType | (string & {});
  /** When the event was recorded (ISO 8601). */
  readonly event_date: string;
  /** When the change takes effect (ISO 8601). */
  readonly effective_date: string;
  /** Your id of the subscription. */
  readonly subscription_external_id: string | null;
  /** Your id of the subscription set. */
  readonly subscription_set_external_id: string | null;
  /** Your id of the plan. */
  readonly plan_external_id: string | null;
  /** The currency of the amounts; `""` on events that carry no amount (e.g. cancellations). */
  readonly currency: string | null;
  /** The amount per billing period, in cents; `""` on events that carry no amount (some responses give it as a string). */
  readonly amount_in_cents: number | string | null;
  /** The tax per billing period, in cents. */
  readonly tax_amount_in_cents: number | null;
  /** The number of units; `""` on events that carry none (e.g. cancellations). */
  readonly quantity: number | '' | null;
  /** Your id of the event. */
  readonly external_id: string | null;
  /** The event this one retracts. */
  readonly retracted_event_id: string | null;
  /** The order among events at the same timestamp. */
  readonly event_order?: number | null;
  /** Validation errors, by field: `{}` when valid. */
  readonly errors?: ImportErrors;
  /** Whether the event is disabled (kept but ignored by the metrics). */
  readonly disabled?: boolean;
  /** When it was disabled (ISO 8601), or `null`. */
  readonly disabled_at?: string | null;
  /** Who disabled it (a user's email), or `null`. */
  readonly disabled_by?: string | null;
  /** Whether a user created the event (in the app or through the API as a user edit). */
  readonly user_created?: boolean;
  /** When ChartMogul stored the event (ISO 8601). */
  readonly created_at: string;
  /** When it last changed (ISO 8601). */
  readonly updated_at: string;
}

/**
 * A subscription-event write's params: the event's fields flat (`{ data_source_uuid, ... }`)
 * or already in the wire's envelope (`{ subscription_event: { ... } }`); both are sent wrapped.
 */
export type SubscriptionEventParams<Fields> =
  | (Fields & UserEditParams)
  | ({
      /** The event's fields, in the envelope the API expects. */
      subscription_event: Fields;
    } & UserEditParams);

/** `subscriptionEvents.list`: GET /v1/subscription_events. */
export interface SubscriptionEventListParams extends CursorParams {
  /** Only the events of this source. */
  data_source_uuid?: string;
  /** Only the event with this external id. */
  external_id?: string;
  /** Only the events of this customer (your id). */
  customer_external_id?: string;
  /** Only the events of this subscription (your id). */
  subscription_external_id?: string;
  /** Only the events of this type. */
  event_type?: SubscriptionEventType;
  /** Only the events recorded at this time (ISO 8601). */
  event_date?: string;
  /** Only the events taking effect at this time (ISO 8601). */
  effective_date?: string;
  /** Only the events of this plan (your id). */
  plan_external_id?: string;
}

/** The `meta` of a subscription events page, as the real API sends it. */
export interface SubscriptionEventPageMeta {
  /** Key of the next page in the old offset paging, or `null` on the last. */
  readonly next_key?: number | null;
  /** Key of the previous page in the old offset paging, or `null` on the first. */
  readonly prev_key?: number | null;
  /** The time the old offset paging started from (ISO 8601). */
  readonly before_key?: string | null;
  /** The page's number in the old offset paging, counted from 1. */
  readonly page?: number;
  /** How many pages the old offset paging has. */
  readonly total_pages?: number;
}

/** A page of `subscriptionEvents.list`: the events under `subscription_events`. */
export type SubscriptionEventPage = CursorPage<'subscription_events', SubscriptionEvent> & {
  /** Offset paging of old, still sent beside the cursor: kept for compatibility; page with `cursor`. */
  readonly meta?: SubscriptionEventPageMeta;
};

type Changes = Partial<Omit<SubscriptionEventFields, 'data_source_uuid' | 'external_id'>>;

/** `subscriptionEvents.create`: POST /v1/subscription_events. */
export type SubscriptionEventCreateParams = SubscriptionEventParams<SubscriptionEventFields>;

/** `subscriptionEvents.update`: PATCH /v1/subscription_events, the event found by its `id` (its `external_id` can change too). */
export type SubscriptionEventUpdateParams = SubscriptionEventParams<
  {
    /** ChartMogul's id of the event. */
    id: number;
    /** A new external id for the event. */
    external_id?: string;
  } & Changes
>;

/** `subscriptionEvents.updateByExternalId`: PATCH /v1/subscription_events, found by source and external id. */
export type SubscriptionEventUpdateByExternalIdParams = SubscriptionEventParams<ExternalIdParams & Changes>;

/** `subscriptionEvents.delete`: DELETE /v1/subscription_events, the event found by its `id`. */
export type SubscriptionEventDeleteParams = SubscriptionEventParams<{
  /** ChartMogul's id of the event. */
  id: number;
}>;

/** `subscriptionEvents.deleteByExternalId`, `disableByExternalId`, `enableByExternalId`. */
export type SubscriptionEventByExternalIdParams = SubscriptionEventParams<ExternalIdParams>;
