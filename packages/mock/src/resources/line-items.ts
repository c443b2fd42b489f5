import type { JsonObject } from '../http/body.js';
import { append } from '../store/arrays.js';
import { detailedError } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { InvoiceRecord, LineItemDetails, LineItemRecord, PlanRecord, SubscriptionRecord } from '../store/records.js';
import { addMonths, isoOrNull } from '../time/dates.js';
import { disabledToWire } from './disabling.js';
import { type FieldProblems, integerField, nullableString, stringField, timestampField } from './fields.js';

export const LINE_ITEM_TYPES = ['subscription', 'one_time', 'trial'];

export interface ParsedLineItem {
  type: string;
  externalId: string | null;
  subscriptionExternalId: string | null;
  subscriptionSetExternalId: string | null;
  plan: PlanRecord | null;
  servicePeriodStart: number | null;
  servicePeriodEnd: number | null;
  amountInCents: number;
  quantity: number;
  cancelledAt: number | null;
  details?: LineItemDetails;
}

const DETAIL_KEYS = [
  'description',
  'prorated',
  'proration_type',
  'discount_code',
  'discount_amount_in_cents',
  'tax_amount_in_cents',
  'transaction_fees_in_cents',
  'transaction_fees_currency',
  'discount_description',
  'event_order',
  'account_code',
] as const;

/** The end of a service period the request left out: one billing interval of the plan. */
function defaultPeriodEnd(start: number, plan: PlanRecord): number {
  const count = plan.intervalCount;
  if (plan.intervalUnit === 'year') return addMonths(start, 12 * count);
  if (plan.intervalUnit === 'month') return addMonths(start, count);
  return start + (plan.intervalUnit === 'week' ? 7 : 1) * count * 86_400_000;
}

/**
 * Validates one line item of an import. `resolvePlan` finds a plan by `plan_uuid` (or, in
 * bulk imports, by `plan_external_id`) within the invoice's data source.
 */
export function parseLineItem(
  raw: JsonObject,
  problems: FieldProblems,
  resolvePlan: (raw: JsonObject) => PlanRecord | null | undefined,
): ParsedLineItem | undefined {
  const type = stringField(raw, 'type');
  if (type === undefined || !LINE_ITEM_TYPES.includes(type)) problems.add('type', "Type must be 'subscription', 'one_time' or 'trial'.");
  const amount = integerField(raw, 'amount_in_cents');
  if (amount === undefined) problems.add('amount_in_cents', 'An amount in cents is required for each line item.');
  const isSubscription = type === 'subscription' || type === 'trial';
  let plan: PlanRecord | null = null;
  let start: number | null = null;
  let end: number | null = null;
  if (isSubscription) {
    if (stringField(raw, 'subscription_external_id') === undefined) {
      problems.add('subscription_external_id', 'A subscription external ID is required for subscription line items.');
    }
    const found = resolvePlan(raw);
    if (found === undefined || found === null) problems.add('plan_uuid', 'A valid plan UUID is required for subscription line items.');
    else plan = found;
    start = timestampField(raw, 'service_period_start') ?? null;
    if (start === null) problems.add('service_period_start', 'A service period start date is required for subscription line items.');
    end = raw.service_period_end == null ? null : (timestampField(raw, 'service_period_end') ?? Number.NaN);
    if (Number.isNaN(end)) problems.add('service_period_end', 'The service period end is not a valid date.');
    else if (end !== null && start !== null && end <= start) problems.add('service_period_end', 'The service period must end after it starts.');
    if (end === null && start !== null && plan !== null) end = defaultPeriodEnd(start, plan);
  }
  const quantity = raw.quantity == null ? 1 : integerField(raw, 'quantity');
  if (quantity === undefined) problems.add('quantity', 'Quantity must be an integer.');
  if (!problems.empty) return undefined;
  const details: LineItemDetails = {};
  for (const key of DETAIL_KEYS) if (raw[key] !== undefined) (details as Record<string, unknown>)[key] = raw[key];
  return {
    type: type as string,
    externalId: stringField(raw, 'external_id') ?? null,
    subscriptionExternalId: isSubscription ? (stringField(raw, 'subscription_external_id') as string) : null,
    subscriptionSetExternalId: nullableString(raw, 'subscription_set_external_id') ?? null,
    plan,
    servicePeriodStart: start,
    servicePeriodEnd: end,
    amountInCents: amount as number,
    quantity: quantity as number,
    cancelledAt: timestampField(raw, 'cancelled_at') ?? null,
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}

/** The subscription a subscription line item belongs to, made on first sight. */
function subscriptionFor(account: Account, invoice: InvoiceRecord, parsed: ParsedLineItem): SubscriptionRecord {
  const { subscriptions } = account.collections;
  const existing = subscriptions.findUnique('external', invoice.dataSourceUuid, parsed.subscriptionExternalId);
  if (existing !== undefined) return existing;
  return subscriptions.insert({
    uuid: account.ids.prefixed('sub'),
    seq: account.nextSeq(),
    externalId: parsed.subscriptionExternalId as string,
    subscriptionSetExternalId: parsed.subscriptionSetExternalId,
    dataSourceUuid: invoice.dataSourceUuid,
    customer: invoice.customer,
    originCustomer: invoice.customer,
    items: [],
    cancellationDates: [],
    createdAt: account.now(),
  });
}

export function insertLineItem(account: Account, invoice: InvoiceRecord, parsed: ParsedLineItem): LineItemRecord {
  const subscription = parsed.subscriptionExternalId === null ? null : subscriptionFor(account, invoice, parsed);
  const item: LineItemRecord = {
    uuid: account.ids.prefixed('li'),
    seq: account.nextSeq(),
    invoice,
    type: parsed.type,
    externalId: parsed.externalId,
    subscription,
    plan: parsed.plan,
    servicePeriodStart: parsed.servicePeriodStart,
    servicePeriodEnd: parsed.servicePeriodEnd,
    amountInCents: parsed.amountInCents,
    quantity: parsed.quantity,
    ...(parsed.details === undefined ? {} : { details: parsed.details }),
  };
  account.collections.lineItems.insert(item);
  invoice.lineItems = append(invoice.lineItems, item);
  if (subscription !== null) {
    subscription.items = append(subscription.items, item);
    if (parsed.cancelledAt !== null) subscription.cancellationDates = append(subscription.cancellationDates, parsed.cancelledAt);
  }
  return item;
}

export function findLineItem(account: Account, uuid: string): LineItemRecord {
  const item = account.collections.lineItems.get(uuid);
  if (item === undefined) throw detailedError(404, 'Line item not found', 'line_item');
  return item;
}

/** Recorded (2023, 2025): `subscription_set_external_id` is in an answer only when the subscription has one. */
export function setExternalId(id: string | null): { subscription_set_external_id?: string } {
  return id === null ? {} : { subscription_set_external_id: id };
}

/**
 * A line item as the API shows it (recorded 2023 and 2025): a subscription item has the
 * subscription and service period fields, a one-time item a `description` instead.
 */
export function lineItemToWire(item: LineItemRecord): Record<string, unknown> {
  const d = item.details ?? {};
  const common = {
    amount_in_cents: item.amountInCents,
    quantity: item.quantity,
    discount_code: d.discount_code ?? '',
    discount_amount_in_cents: d.discount_amount_in_cents ?? 0,
    tax_amount_in_cents: d.tax_amount_in_cents ?? 0,
    transaction_fees_in_cents: d.transaction_fees_in_cents ?? 0,
    account_code: d.account_code ?? '',
    transaction_fees_currency: d.transaction_fees_currency ?? null,
    discount_description: d.discount_description ?? null,
    event_order: d.event_order ?? null,
    ...disabledToWire(item.disabled),
    invoice_uuid: item.invoice.uuid,
  };
  if (item.subscription === null) {
    return { uuid: item.uuid, external_id: item.externalId, type: item.type, description: d.description ?? null, ...common };
  }
  return {
    uuid: item.uuid,
    external_id: item.externalId,
    type: item.type,
    subscription_uuid: item.subscription.uuid,
    subscription_external_id: item.subscription.externalId,
    ...setExternalId(item.subscription.subscriptionSetExternalId),
    prorated: d.prorated ?? false,
    proration_type: d.proration_type ?? null,
    service_period_start: isoOrNull(item.servicePeriodStart),
    service_period_end: isoOrNull(item.servicePeriodEnd),
    plan_uuid: item.plan?.uuid ?? null,
    ...common,
  };
}
