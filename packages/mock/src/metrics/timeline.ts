import type { Account } from '../store/account.js';
import type { CustomerRecord, LineItemRecord, PlanRecord, SubscriptionRecord } from '../store/records.js';
import { DAY_MS } from '../time/dates.js';
import { eventTimelines } from './event-timelines.js';

/**
 * A subscription's MRR over time, as a list of steps. The model is the Import API's: a
 * subscription starts with its first service period, takes the MRR of its latest line item
 * from each line item's start, and stays active (at that MRR) until a cancellation date that
 * is not followed by a newer line item. ChartMogul does the same with imported data: no
 * invoice for the next period does not churn a subscription, a cancellation does.
 */
export interface Step {
  at: number;
  mrr: number;
  plan: PlanRecord | null;
}

export interface Timeline {
  customer: CustomerRecord;
  dataSourceUuid: string;
  subscriptionExternalId: string;
  subscriptionSetExternalId: string | null;
  subscription: SubscriptionRecord | null;
  steps: Step[];
}

/** Days in an average month: daily and weekly plans are normalised with it. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** How many months one billing interval of the plan lasts. */
export function intervalMonths(plan: Pick<PlanRecord, 'intervalCount' | 'intervalUnit'>): number {
  const count = plan.intervalCount > 0 ? plan.intervalCount : 1;
  switch (plan.intervalUnit) {
    case 'day':
      return (count / DAYS_PER_MONTH);
    case 'week':
      return (count * 7) / DAYS_PER_MONTH;
    case 'year':
      return count * 12;
    default:
      return count;
  }
}

/** MRR of a charge for one billing period: the plan's interval, or the period's length without a plan. */
export function monthlyValue(amountInCents: number, plan: PlanRecord | null, periodMs?: number): number {
  if (plan !== null) return Math.round(amountInCents / intervalMonths(plan));
  if (periodMs !== undefined && periodMs > 0) return Math.round(amountInCents / (periodMs / DAY_MS / DAYS_PER_MONTH));
  return amountInCents;
}

/** Whether a line item counts towards MRR: a subscription item on a live, enabled invoice. */
export function countsTowardsMrr(item: LineItemRecord): boolean {
  const invoice = item.invoice;
  return (
    item.type === 'subscription' &&
    item.servicePeriodStart !== null &&
    item.disabled === undefined &&
    invoice.disabled === undefined &&
    invoice.statusOverride === undefined &&
    !item.removed
  );
}

/** The steps of one imported subscription, from its line items and cancellation dates. */
export function subscriptionSteps(subscription: SubscriptionRecord): Step[] {
  const steps: Step[] = [];
  for (const item of subscription.items) {
    if (!countsTowardsMrr(item)) continue;
    const start = item.servicePeriodStart as number;
    const period = item.servicePeriodEnd === null ? undefined : item.servicePeriodEnd - start;
    steps.push({ at: start, mrr: monthlyValue(item.amountInCents, item.plan, period), plan: item.plan });
  }
  if (steps.length === 0) return steps;
  steps.sort((a, b) => a.at - b.at);
  const first = (steps[0] as Step).at;
  for (const cancelledAt of subscription.cancellationDates) {
    if (cancelledAt > first) steps.push({ at: cancelledAt, mrr: 0, plan: null });
  }
  // A cancellation on the same instant as a renewal wins: the stable sort keeps it last.
  return steps.sort((a, b) => a.at - b.at);
}

/** The MRR a list of steps gives at instant `t`. */
export function valueAt(steps: readonly Step[], t: number): number {
  return stepAt(steps, t)?.mrr ?? 0;
}

export function stepAt(steps: readonly Step[], t: number): Step | undefined {
  let low = 0;
  let high = steps.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((steps[mid] as Step).at <= t) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? undefined : steps[low - 1];
}

function importedTimeline(subscription: SubscriptionRecord): Timeline {
  return {
    customer: subscription.customer,
    dataSourceUuid: subscription.dataSourceUuid,
    subscriptionExternalId: subscription.externalId,
    subscriptionSetExternalId: subscription.subscriptionSetExternalId,
    subscription,
    steps: subscriptionSteps(subscription),
  };
}

/** Every subscription of the account with its MRR steps: imported ones and those made of events. */
export function allTimelines(account: Account): Timeline[] {
  return account.cached('timelines', () => {
    const timelines: Timeline[] = [];
    for (const subscription of account.collections.subscriptions.values()) {
      const timeline = importedTimeline(subscription);
      if (timeline.steps.length > 0) timelines.push(timeline);
    }
    for (const list of eventTimelines(account).values()) timelines.push(...list);
    return timelines;
  });
}

/** The account's timelines grouped by customer. */
export function timelinesByCustomer(account: Account): Map<CustomerRecord, Timeline[]> {
  return account.cached('timelines-by-customer', () => {
    const map = new Map<CustomerRecord, Timeline[]>();
    for (const timeline of allTimelines(account)) {
      const list = map.get(timeline.customer);
      if (list === undefined) map.set(timeline.customer, [timeline]);
      else list.push(timeline);
    }
    return map;
  });
}

/** The subscriptions of one customer, without computing the whole account's. */
export function customerTimelines(account: Account, customer: CustomerRecord): Timeline[] {
  const timelines: Timeline[] = [];
  for (const subscription of account.collections.subscriptions.group('customer', customer.uuid).values()) {
    const timeline = importedTimeline(subscription);
    if (timeline.steps.length > 0) timelines.push(timeline);
  }
  const fromEvents = eventTimelines(account).get(customer.uuid);
  if (fromEvents !== undefined) timelines.push(...fromEvents);
  return timelines;
}

export interface CustomerSnapshot {
  mrr: number;
  status: 'New Lead' | 'Active' | 'Cancelled';
  since: number | null;
}

/** A customer's MRR, status and `customer-since` today. */
export function customerSnapshot(account: Account, customer: CustomerRecord): CustomerSnapshot {
  const now = account.now();
  let mrr = 0;
  let since: number | null = null;
  for (const timeline of customerTimelines(account, customer)) {
    mrr += valueAt(timeline.steps, now);
    const first = (timeline.steps[0] as Step).at;
    if (first <= now && (since === null || first < since)) since = first;
  }
  const status = mrr > 0 ? 'Active' : since === null ? 'New Lead' : 'Cancelled';
  return { mrr, status, since };
}
