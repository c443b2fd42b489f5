import type { JsonObject } from '../http/body.js';
import { apiError, fieldErrors, importNotFound } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { SubscriptionEventRecord } from '../store/records.js';
import { isoSeconds } from '../time/dates.js';
import { disabledState, disabledToWire } from './disabling.js';
import { has, integerField, isObject, nullableString, Problems, stringField, timestampField } from './fields.js';

export const EVENT_TYPES = [
  'subscription_start',
  'subscription_start_scheduled',
  'scheduled_subscription_start_retracted',
  'subscription_updated',
  'subscription_update_scheduled',
  'scheduled_subscription_update_retracted',
  'subscription_cancelled',
  'subscription_cancellation_scheduled',
  'scheduled_subscription_cancellation_retracted',
  'subscription_event_retracted',
];
/** Types that set a price, and so need a plan, a currency and an amount. */
const PRICED = new Set(['subscription_start', 'subscription_start_scheduled', 'subscription_updated', 'subscription_update_scheduled']);

/** The `{ subscription_event: {...} }` envelope every write takes; 400 without it, as the API answers. */
export function envelope(body: JsonObject): JsonObject {
  const inner = body.subscription_event;
  if (!isObject(inner)) throw apiError(400, 'param is missing or the value is empty: subscription_event', 'subscription_event');
  return inner;
}

/** `{ id }` or `{ data_source_uuid, external_id }`. */
export function findSubscriptionEvent(account: Account, ref: JsonObject): SubscriptionEventRecord {
  const { subscriptionEvents } = account.collections;
  const id = integerField(ref, 'id');
  const event =
    id !== undefined
      ? subscriptionEvents.get(String(id))
      : subscriptionEvents.findUnique('external', stringField(ref, 'data_source_uuid'), stringField(ref, 'external_id'));
  if (event === undefined) throw importNotFound('Subscription event');
  return event;
}

const TEXT_FIELDS = [
  ['customer_external_id', 'customerExternalId'],
  ['subscription_external_id', 'subscriptionExternalId'],
  ['subscription_set_external_id', 'subscriptionSetExternalId'],
  ['plan_external_id', 'planExternalId'],
  ['currency', 'currency'],
  ['retracted_event_id', 'retractedEventId'],
] as const;
const NUMBER_FIELDS = [
  ['quantity', 'quantity'],
  ['amount_in_cents', 'amountInCents'],
  ['tax_amount_in_cents', 'taxAmountInCents'],
  ['event_order', 'eventOrder'],
] as const;

function apply(event: SubscriptionEventRecord, raw: JsonObject, problems: Problems): void {
  for (const [key, field] of TEXT_FIELDS) {
    const value = nullableString(raw, key);
    if (value !== undefined) (event as unknown as Record<string, unknown>)[field] = value;
  }
  for (const [key, field] of NUMBER_FIELDS) {
    if (!has(raw, key)) continue;
    // The Ruby library sends unset numbers as "" (recorded), and the API takes that as no value.
    const value = raw[key] === null || raw[key] === '' ? null : integerField(raw, key);
    if (value === undefined) problems.add(key, 'is not a number');
    else (event as unknown as Record<string, unknown>)[field] = value;
  }
  for (const [key, field] of [['event_date', 'eventDate'], ['effective_date', 'effectiveDate']] as const) {
    if (!has(raw, key)) continue;
    const value = timestampField(raw, key);
    if (value === undefined) problems.add(key, 'is not a valid date');
    else event[field] = value;
  }
  if (has(raw, 'event_type')) {
    const type = String(raw.event_type);
    if (!EVENT_TYPES.includes(type)) problems.add('event_type', 'is not included in the list');
    else event.eventType = type;
  }
}

function checkComplete(account: Account, event: SubscriptionEventRecord, problems: Problems): void {
  if (account.collections.dataSources.get(event.dataSourceUuid) === undefined) problems.add('data_source_uuid', "can't be blank");
  for (const [key, value] of [
    ['customer_external_id', event.customerExternalId],
    ['subscription_external_id', event.subscriptionExternalId],
    ['event_type', event.eventType],
  ] as const) {
    if (!value) problems.add(key, "can't be blank");
  }
  if (Number.isNaN(event.eventDate)) problems.add('event_date', "can't be blank");
  if (Number.isNaN(event.effectiveDate)) problems.add('effective_date', "can't be blank");
  if (PRICED.has(event.eventType)) {
    if (event.planExternalId === null) problems.add('plan_external_id', "can't be blank");
    if (event.currency === null) problems.add('currency', "can't be blank");
    if (event.amountInCents === null) problems.add('amount_in_cents', "can't be blank");
  }
  problems.throwIfAny();
}

export function createSubscriptionEvent(account: Account, raw: JsonObject): SubscriptionEventRecord {
  const id = account.nextEventId();
  const now = account.now();
  const event: SubscriptionEventRecord = {
    uuid: String(id), seq: account.nextSeq(), id,
    dataSourceUuid: stringField(raw, 'data_source_uuid') ?? '',
    customerExternalId: '', subscriptionSetExternalId: null, subscriptionExternalId: '', planExternalId: null,
    eventDate: Number.NaN, effectiveDate: Number.NaN, eventType: '',
    externalId: stringField(raw, 'external_id') ?? null,
    quantity: null, currency: null, amountInCents: null, taxAmountInCents: null, retractedEventId: null, eventOrder: null,
    createdAt: now, updatedAt: now,
  };
  const problems = new Problems();
  apply(event, raw, problems);
  checkComplete(account, event, problems);
  const { subscriptionEvents } = account.collections;
  if (event.externalId !== null && subscriptionEvents.findUnique('external', event.dataSourceUuid, event.externalId)) {
    throw fieldErrors({ external_id: 'has already been taken' });
  }
  return subscriptionEvents.insert(event);
}

export function updateSubscriptionEvent(account: Account, event: SubscriptionEventRecord, raw: JsonObject): SubscriptionEventRecord {
  const draft = { ...event };
  const problems = new Problems();
  apply(draft, raw, problems);
  checkComplete(account, draft, problems);
  account.collections.subscriptionEvents.update(event, (e) => Object.assign(e, draft, { updatedAt: account.now() }));
  return event;
}

export function setEventDisabled(account: Account, event: SubscriptionEventRecord, disabled: boolean): SubscriptionEventRecord {
  event.disabled = disabledState(account, event.disabled, disabled);
  return event;
}

/** Recorded (2022): the API answers an unset quantity, currency or amount as "", not `null`. */
const orBlank = (value: string | number | null) => value ?? '';

export const subscriptionEventToWire = (event: SubscriptionEventRecord) => ({
  id: event.id,
  data_source_uuid: event.dataSourceUuid,
  customer_external_id: event.customerExternalId,
  subscription_set_external_id: event.subscriptionSetExternalId,
  subscription_external_id: event.subscriptionExternalId,
  plan_external_id: event.planExternalId,
  event_date: isoSeconds(event.eventDate),
  effective_date: isoSeconds(event.effectiveDate),
  event_type: event.eventType,
  external_id: event.externalId,
  errors: {},
  created_at: isoSeconds(event.createdAt),
  updated_at: isoSeconds(event.updatedAt),
  quantity: orBlank(event.quantity),
  currency: orBlank(event.currency),
  amount_in_cents: orBlank(event.amountInCents),
  tax_amount_in_cents: event.taxAmountInCents,
  event_order: event.eventOrder,
  retracted_event_id: event.retractedEventId,
  ...disabledToWire(event.disabled),
});
