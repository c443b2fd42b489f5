import type { Account } from '../store/account.js';
import type { PlanRecord } from '../store/records.js';
import { DAY_MS } from '../time/dates.js';
import type { Bucket } from './buckets.js';
import { timelinesByCustomer, type Step } from './timeline.js';

/** `geo` and `plans` filters: customer countries, and plans by uuid, external id or name. */
export interface MetricsFilter {
  geo?: ReadonlySet<string>;
  plans?: ReadonlySet<string>;
}

/** The numbers of one period, from which every metrics endpoint picks its fields. */
export interface PeriodMetrics {
  date: number;
  mrr: number;
  customers: number;
  newBusiness: number;
  expansion: number;
  contraction: number;
  churn: number;
  reactivation: number;
  customersAtStart: number;
  mrrAtStart: number;
  churnedCustomers: number;
  newCustomers: number;
}

const planMatches = (plans: ReadonlySet<string>, plan: PlanRecord | null) =>
  plan !== null && (plans.has(plan.uuid) || plans.has(plan.externalId) || plans.has(plan.name));

/** Adds a timeline's MRR at each instant into `into` (instants ascending), walking both lists once. */
function addValues(steps: readonly Step[], instants: readonly number[], into: Float64Array, plans?: ReadonlySet<string>): number {
  let firstActive = Number.POSITIVE_INFINITY;
  let s = -1;
  for (let k = 0; k < instants.length; k++) {
    const t = instants[k] as number;
    while (s + 1 < steps.length && (steps[s + 1] as Step).at <= t) s++;
    if (s < 0) continue;
    const step = steps[s] as Step;
    if (plans !== undefined && step.mrr > 0 && !planMatches(plans, step.plan)) continue;
    into[k] = (into[k] as number) + step.mrr;
  }
  for (const step of steps) {
    if (step.mrr > 0 && (plans === undefined || planMatches(plans, step.plan))) {
      firstActive = step.at;
      break;
    }
  }
  return firstActive;
}

/**
 * MRR movements per period. Each customer's MRR is taken at the end of every period (and
 * just before the first); comparing consecutive values classifies the change: from zero to
 * positive is new business (first time) or reactivation, to zero is churn, otherwise
 * expansion or contraction. Movements inside one period net out, as in a period summary.
 */
export function computePeriods(account: Account, buckets: readonly Bucket[], filter: MetricsFilter = {}): PeriodMetrics[] {
  const first = buckets[0];
  if (first === undefined) return [];
  const instants = [first.start - 1, ...buckets.map((b) => b.end + DAY_MS - 1)];
  const periods: PeriodMetrics[] = buckets.map((b) => ({
    date: b.end, mrr: 0, customers: 0, newBusiness: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0,
    customersAtStart: 0, mrrAtStart: 0, churnedCustomers: 0, newCustomers: 0,
  }));
  const values = new Float64Array(instants.length);
  for (const [customer, timelines] of timelinesByCustomer(account)) {
    if (filter.geo !== undefined && !filter.geo.has((customer.country ?? '').toUpperCase())) continue;
    values.fill(0);
    let firstActive = Number.POSITIVE_INFINITY;
    for (const timeline of timelines) firstActive = Math.min(firstActive, addValues(timeline.steps, instants, values, filter.plans));
    for (let k = 1; k < instants.length; k++) {
      const before = values[k - 1] as number;
      const after = values[k] as number;
      const period = periods[k - 1] as PeriodMetrics;
      period.mrr += after;
      if (after > 0) period.customers++;
      if (before > 0) {
        period.customersAtStart++;
        period.mrrAtStart += before;
      }
      if (before === 0 && after > 0) {
        if (firstActive > (instants[k - 1] as number)) {
          period.newBusiness += after;
          period.newCustomers++;
        } else period.reactivation += after;
      } else if (before > 0 && after === 0) {
        period.churn -= before;
        period.churnedCustomers++;
      } else if (after > before) period.expansion += after - before;
      else if (after < before) period.contraction += after - before;
    }
  }
  return periods;
}
