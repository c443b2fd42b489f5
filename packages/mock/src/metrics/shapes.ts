import { isoDay } from '../time/dates.js';
import type { PeriodMetrics } from './compute.js';

const round2 = (n: number) => Math.round(n * 100) / 100;
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : round2((part / whole) * 100));

/** The value of every key metric for one period, under ChartMogul's field names. */
function keyMetrics(p: PeriodMetrics): Record<string, number> {
  const arpa = p.customers === 0 ? 0 : Math.round(p.mrr / p.customers);
  const customerChurnRate = ratio(p.churnedCustomers, p.customersAtStart);
  // Net MRR churn: what was lost (churn, contraction) less what existing customers added.
  const mrrChurnRate = ratio(-p.churn - p.contraction - p.expansion - p.reactivation, p.mrrAtStart);
  return {
    mrr: Math.round(p.mrr),
    arr: Math.round(p.mrr) * 12,
    'customer-churn-rate': customerChurnRate,
    'mrr-churn-rate': mrrChurnRate,
    // Lifetime value = ARPA / customer churn rate; with no churn it is unbounded, reported as 0.
    ltv: customerChurnRate === 0 ? 0 : Math.round(arpa / (customerChurnRate / 100)),
    customers: p.customers,
    asp: p.newCustomers === 0 ? 0 : Math.round(p.newBusiness / p.newCustomers),
    arpa,
  };
}

const change = (current: number, previous: number) => (previous === 0 ? 0 : round2(((current - previous) / previous) * 100));

/** The endpoints that report one metric, and the field it is reported under. */
export const SINGLE_METRICS: Record<string, string> = {
  arr: 'arr',
  arpa: 'arpa',
  asp: 'asp',
  'customer-count': 'customers',
  'customer-churn-rate': 'customer-churn-rate',
  'mrr-churn-rate': 'mrr-churn-rate',
  ltv: 'ltv',
};

/**
 * The response of `/v1/metrics/{metric}`: `entries` (one per period, with the change from the
 * previous period) and a `summary` comparing the last period with the one before it.
 */
export function metricsBody(metric: string, periods: readonly PeriodMetrics[]): Record<string, unknown> {
  const values = periods.map(keyMetrics);
  const at = (i: number) => values[Math.max(0, Math.min(i, values.length - 1))] ?? keyMetrics(emptyPeriod());
  const last = values.length - 1;
  if (metric === 'all') {
    const fields = Object.keys(at(0));
    const entries = periods.map((p, i) => {
      const entry: Record<string, unknown> = { date: isoDay(p.date) };
      for (const field of fields) {
        entry[field] = at(i)[field];
        entry[`${field}-percentage-change`] = i === 0 ? 0 : change(at(i)[field] as number, at(i - 1)[field] as number);
      }
      return entry;
    });
    const summary: Record<string, number> = {};
    for (const field of fields) {
      summary[`current-${field}`] = at(last)[field] as number;
      summary[`previous-${field}`] = at(last - 1)[field] as number;
      summary[`${field}-percentage-change`] = change(at(last)[field] as number, at(last - 1)[field] as number);
    }
    return { entries, summary };
  }
  const field = metric === 'mrr' ? 'mrr' : (SINGLE_METRICS[metric] as string);
  const entries = periods.map((p, i) => {
    const entry: Record<string, unknown> = {
      date: isoDay(p.date),
      [field]: at(i)[field],
      'percentage-change': i === 0 ? 0 : change(at(i)[field] as number, at(i - 1)[field] as number),
    };
    if (metric === 'mrr') {
      Object.assign(entry, {
        'mrr-new-business': Math.round(p.newBusiness),
        'mrr-expansion': Math.round(p.expansion),
        'mrr-contraction': Math.round(p.contraction),
        'mrr-churn': Math.round(p.churn),
        'mrr-reactivation': Math.round(p.reactivation),
      });
    }
    return entry;
  });
  const current = at(last)[field] as number;
  const previous = at(last - 1)[field] as number;
  return { entries, summary: { current, previous, 'percentage-change': change(current, previous) } };
}

function emptyPeriod(): PeriodMetrics {
  return {
    date: 0, mrr: 0, customers: 0, newBusiness: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0,
    customersAtStart: 0, mrrAtStart: 0, churnedCustomers: 0, newCustomers: 0,
  };
}
