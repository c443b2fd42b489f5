import type { Account } from '../store/account.js';
import { uuidFromText } from '../store/ids.js';
import type { CustomerRecord, PlanRecord } from '../store/records.js';
import { isoOffset } from '../time/dates.js';
import { customerTimelines, timelinesByCustomer, type Timeline } from './timeline.js';

export const ACTIVITY_TYPES = ['new_biz', 'reactivation', 'expansion', 'contraction', 'churn'];

export interface Activity {
  at: number;
  type: string;
  movement: number;
  customerMrr: number;
  timeline: Timeline;
  plan: PlanRecord | null;
  uuid: string;
}

const DESCRIPTIONS: Record<string, (plan: string) => string> = {
  new_biz: (plan) => `purchased the ${plan} plan`,
  reactivation: (plan) => `reactivated with the ${plan} plan`,
  expansion: (plan) => `expanded the ${plan} plan subscription`,
  contraction: (plan) => `reduced the ${plan} plan subscription`,
  churn: (plan) => `cancelled the ${plan} plan subscription`,
};

/**
 * A customer's MRR movements, one per subscription change, typed by what it does to the
 * customer's total: the first MRR is new business, MRR after a gap is a reactivation, the
 * last MRR going is churn, anything else an expansion or contraction.
 */
function activitiesOf(customer: CustomerRecord, timelines: readonly Timeline[]): Activity[] {
  const changes: Array<{ at: number; delta: number; timeline: Timeline; plan: PlanRecord | null }> = [];
  for (const timeline of timelines) {
    let previous = 0;
    let plan: PlanRecord | null = null;
    for (const step of timeline.steps) {
      plan = step.plan ?? plan;
      if (step.mrr !== previous) changes.push({ at: step.at, delta: step.mrr - previous, timeline, plan });
      previous = step.mrr;
    }
  }
  changes.sort((a, b) => a.at - b.at);
  const activities: Activity[] = [];
  let mrr = 0;
  let everActive = false;
  changes.forEach((change, index) => {
    const after = mrr + change.delta;
    const type =
      mrr === 0 && after > 0 ? (everActive ? 'reactivation' : 'new_biz') : after <= 0 ? 'churn' : change.delta > 0 ? 'expansion' : 'contraction';
    activities.push({
      at: change.at,
      type,
      movement: change.delta,
      customerMrr: after,
      timeline: change.timeline,
      plan: change.plan,
      uuid: uuidFromText(`activity|${customer.uuid}|${change.at}|${index}`),
    });
    mrr = after;
    everActive ||= after > 0;
  });
  return activities;
}

/** Every activity of the account, oldest first. */
export function accountActivities(account: Account): Activity[] {
  return account.cached('activities', () => {
    const all: Activity[] = [];
    for (const [customer, timelines] of timelinesByCustomer(account)) {
      for (const activity of activitiesOf(customer, timelines)) all.push(activity);
    }
    return all.sort((a, b) => a.at - b.at);
  });
}

export function customerActivities(account: Account, customer: CustomerRecord): Activity[] {
  return activitiesOf(customer, customerTimelines(account, customer));
}

export function activityToWire(account: Account, activity: Activity) {
  const { timeline, plan } = activity;
  const customer = timeline.customer;
  const identity = customer.identities.find((i) => i.dataSourceUuid === timeline.dataSourceUuid) ?? customer.identities[0];
  return {
    description: (DESCRIPTIONS[activity.type] as (plan: string) => string)(plan?.name ?? 'unknown'),
    'activity-mrr-movement': activity.movement,
    'activity-mrr': activity.customerMrr,
    'activity-arr': activity.customerMrr * 12,
    date: isoOffset(activity.at),
    type: activity.type,
    currency: account.currency,
    'subscription-external-id': timeline.subscriptionExternalId,
    'subscription-set-external-id': timeline.subscriptionSetExternalId,
    'plan-external-id': plan?.externalId ?? null,
    'customer-name': customer.name,
    'customer-uuid': customer.uuid,
    'customer-external-id': identity?.externalId ?? null,
    'billing-connector-uuid': timeline.dataSourceUuid,
    uuid: activity.uuid,
  };
}

/**
 * An activity as a customer's activity list answers it (recorded in 2023): a numeric `id` and the
 * currency sign, without the customer and plan fields of the account-wide list.
 */
export function customerActivityToWire(account: Account, activity: Activity) {
  const wire = activityToWire(account, activity);
  return {
    id: Number.parseInt(activity.uuid.slice(0, 8), 16),
    description: wire.description,
    'activity-mrr-movement': wire['activity-mrr-movement'],
    'activity-mrr': wire['activity-mrr'],
    'activity-arr': wire['activity-arr'],
    date: wire.date,
    type: wire.type,
    currency: wire.currency,
    'currency-sign': '$',
    'subscription-external-id': wire['subscription-external-id'],
  };
}
