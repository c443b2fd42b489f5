import type { Account } from '../store/account.js';
import type { SubscriptionEventRecord } from '../store/records.js';
import { monthlyValue, type Step, type Timeline } from './timeline.js';

/** Event types that change MRR when they take effect; the scheduled ones only announce. */
const STARTS = new Set(['subscription_start', 'subscription_updated']);
const ENDS = new Set(['subscription_cancelled']);

/**
 * Subscriptions described by subscription events (the alternative to invoices): a
 * `subscription_start` or `subscription_updated` sets the MRR from its amount and plan on
 * the effective date, a `subscription_cancelled` ends it. Retracted and disabled events do
 * not count. Grouped by customer uuid.
 */
export function eventTimelines(account: Account): Map<string, Timeline[]> {
  return account.cached('event-timelines', () => {
    const { subscriptionEvents, customers, plans } = account.collections;
    const retracted = new Set<string>();
    const bySubscription = new Map<string, SubscriptionEventRecord[]>();
    for (const event of subscriptionEvents.values()) {
      if (event.disabled !== undefined) continue;
      if (event.eventType === 'subscription_event_retracted' && event.retractedEventId !== null) {
        retracted.add(event.retractedEventId);
        continue;
      }
      const key = `${event.dataSourceUuid}|${event.subscriptionExternalId}`;
      const list = bySubscription.get(key);
      if (list === undefined) bySubscription.set(key, [event]);
      else list.push(event);
    }
    const result = new Map<string, Timeline[]>();
    for (const events of bySubscription.values()) {
      const live = events.filter((e) => !retracted.has(String(e.id)) && !(e.externalId !== null && retracted.has(e.externalId)));
      live.sort((a, b) => a.effectiveDate - b.effectiveDate || (a.eventOrder ?? 0) - (b.eventOrder ?? 0) || a.id - b.id);
      const steps: Step[] = [];
      for (const event of live) {
        if (ENDS.has(event.eventType) && steps.length > 0) steps.push({ at: event.effectiveDate, mrr: 0, plan: null });
        if (!STARTS.has(event.eventType) || event.amountInCents === null) continue;
        const plan =
          event.planExternalId === null
            ? null
            : (plans.findUnique('external', event.dataSourceUuid, event.planExternalId) ?? null);
        steps.push({ at: event.effectiveDate, mrr: monthlyValue(event.amountInCents, plan), plan });
      }
      const first = live[0];
      if (steps.length === 0 || first === undefined) continue;
      const customer = customers.findUnique('external', first.dataSourceUuid, first.customerExternalId);
      if (customer === undefined) continue;
      const timeline: Timeline = {
        customer,
        dataSourceUuid: first.dataSourceUuid,
        subscriptionExternalId: first.subscriptionExternalId,
        subscriptionSetExternalId: first.subscriptionSetExternalId,
        subscription: null,
        steps,
      };
      const list = result.get(customer.uuid);
      if (list === undefined) result.set(customer.uuid, [timeline]);
      else list.push(timeline);
    }
    return result;
  });
}
