import type { JsonObject } from '../http/body.js';
import { apiError, fieldErrors, importNotFound } from '../http/errors.js';
import { subscriptionSteps, valueAt } from '../metrics/timeline.js';
import type { Account } from '../store/account.js';
import type { CustomerRecord, LineItemRecord, SubscriptionRecord } from '../store/records.js';
import { isoMillis, isoOffset, isoOrNull, parseTimestamp } from '../time/dates.js';
import { arrayField, has, isObject } from './fields.js';
import { setExternalId } from './line-items.js';

export function findSubscription(account: Account, uuid: string): SubscriptionRecord {
  const subscription = account.collections.subscriptions.get(uuid);
  if (subscription === undefined) throw importNotFound('Subscription');
  return subscription;
}

/** The line item with the latest service period: it carries the subscription's current plan. */
function latestItem(subscription: SubscriptionRecord): LineItemRecord | undefined {
  let latest: LineItemRecord | undefined;
  for (const item of subscription.items) {
    if ((item.servicePeriodStart ?? 0) >= (latest?.servicePeriodStart ?? Number.NEGATIVE_INFINITY)) latest = item;
  }
  return latest;
}

/** PATCH /v1/import/subscriptions/{uuid}: `cancelled_at` adds a cancellation, `cancellation_dates` replaces them. */
export function cancelSubscription(subscription: SubscriptionRecord, body: JsonObject): SubscriptionRecord {
  if (has(body, 'cancellation_dates')) {
    const dates = (arrayField(body, 'cancellation_dates') ?? [null]).map(parseTimestamp);
    if (dates.some((date) => date === undefined)) throw fieldErrors({ cancellation_dates: 'must be a list of dates' });
    subscription.cancellationDates = (dates as number[]).sort((a, b) => a - b);
  } else {
    const cancelledAt = parseTimestamp(body.cancelled_at);
    if (cancelledAt === undefined) throw fieldErrors({ cancelled_at: 'A valid cancellation date is required.' });
    subscription.cancellationDates = [...subscription.cancellationDates, cancelledAt].sort((a, b) => a - b);
  }
  return subscription;
}

export function importedSubscriptionToWire(subscription: SubscriptionRecord, withCustomer = false) {
  return {
    uuid: subscription.uuid,
    external_id: subscription.externalId,
    ...setExternalId(subscription.subscriptionSetExternalId),
    cancellation_dates: subscription.cancellationDates.map((date) => isoMillis(date)),
    plan_uuid: latestItem(subscription)?.plan?.uuid ?? null,
    data_source_uuid: subscription.dataSourceUuid,
    ...(withCustomer ? { customer_uuid: subscription.customer.uuid } : {}),
  };
}

/**
 * The subscriptions a connect or disconnect names: `[{ data_source_uuid, uuid }]`, uuid with or
 * without `sub_`, or `[{ data_source_uuid, external_id }]` (what the Ruby library sends, recorded 2025).
 */
function namedSubscriptions(account: Account, body: JsonObject): SubscriptionRecord[] {
  const list = arrayField(body, 'subscriptions');
  if (list === undefined || list.length === 0) throw apiError(422, 'subscriptions is required.', 'subscriptions');
  const { subscriptions } = account.collections;
  return list.map((entry) => {
    const ref = isObject(entry) ? entry : {};
    const uuid = String(ref.uuid ?? '');
    const subscription =
      ref.uuid === undefined && ref.external_id !== undefined
        ? subscriptions.findUnique('external', String(ref.data_source_uuid ?? ''), String(ref.external_id))
        : subscriptions.get(uuid.startsWith('sub_') ? uuid : `sub_${uuid}`);
    if (subscription === undefined) throw apiError(422, `Subscription not found: ${uuid || String(ref.external_id ?? '')}`, 'subscriptions');
    return subscription;
  });
}

/** Attaches subscriptions of other customer records to this customer. */
export function connectSubscriptions(account: Account, customer: CustomerRecord, body: JsonObject): void {
  for (const subscription of namedSubscriptions(account, body)) {
    account.collections.subscriptions.update(subscription, (s) => (s.customer = customer));
  }
}

/** Sends connected subscriptions back to the customer whose invoices made them. */
export function disconnectSubscriptions(account: Account, customer: CustomerRecord, body: JsonObject): void {
  const subscriptions = namedSubscriptions(account, body);
  for (const subscription of subscriptions) {
    if (subscription.customer !== customer || subscription.originCustomer === customer || subscription.originCustomer.removed) {
      throw apiError(422, `Subscription ${subscription.uuid} is not connected to this customer.`, 'subscriptions');
    }
  }
  for (const subscription of subscriptions) {
    account.collections.subscriptions.update(subscription, (s) => (s.customer = s.originCustomer));
  }
}

/** A subscription as the Metrics API lists it under a customer: current MRR and status. */
export function metricsSubscriptionToWire(account: Account, subscription: SubscriptionRecord) {
  const steps = subscriptionSteps(subscription);
  const now = account.now();
  const mrr = valueAt(steps, now);
  const latest = latestItem(subscription);
  const lastCancel = subscription.cancellationDates[subscription.cancellationDates.length - 1];
  const cancelled = steps.length > 0 && mrr === 0 && (steps[steps.length - 1]?.mrr ?? 0) === 0;
  return {
    id: subscription.seq,
    external_id: subscription.externalId,
    subscription_set_external_id: subscription.subscriptionSetExternalId,
    quantity: latest?.quantity ?? null,
    uuid: subscription.uuid.slice('sub_'.length),
    mrr,
    arr: mrr * 12,
    status: cancelled ? 'cancelled' : 'active',
    plan: latest?.plan?.name ?? null,
    'billing-cycle': latest?.plan?.intervalUnit ?? null,
    'billing-cycle-count': latest?.plan?.intervalCount ?? null,
    'start-date': isoOrNull(steps[0]?.at ?? null, isoOffset),
    'end-date': isoOrNull(cancelled && lastCancel !== undefined ? lastCancel : (latest?.servicePeriodEnd ?? null), isoOffset),
    currency: account.currency,
    'currency-sign': '$',
  };
}
