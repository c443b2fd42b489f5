import { apiError } from '../http/errors.js';
import { dateParam, listParam } from '../http/query.js';
import { ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { bucketsBetween, INTERVALS, type Interval } from '../metrics/buckets.js';
import { computePeriods } from '../metrics/compute.js';
import { metricsBody, SINGLE_METRICS } from '../metrics/shapes.js';

const METRICS = ['all', 'mrr', ...Object.keys(SINGLE_METRICS)];

function interval(query: URLSearchParams): Interval {
  const value = query.get('interval') ?? 'month';
  if (!(INTERVALS as readonly string[]).includes(value)) {
    throw apiError(400, `interval must be one of ${INTERVALS.join(', ')}.`, 'interval');
  }
  return value as Interval;
}

export function metricsRoutes(router: Router): void {
  for (const metric of METRICS) {
    router.get(`/v1/metrics/${metric}`, ({ account, query }) => {
      const start = dateParam(query, 'start-date', true) as number;
      const end = dateParam(query, 'end-date', true) as number;
      if (end < start) throw apiError(400, 'end-date must not be before start-date.', 'end-date');
      const geo = listParam(query, 'geo');
      const filter = {
        ...(geo === undefined ? {} : { geo: new Set([...geo].map((code) => code.toUpperCase())) }),
        ...(query.has('plans') ? { plans: listParam(query, 'plans') ?? new Set<string>() } : {}),
      };
      const periods = computePeriods(account, bucketsBetween(start, end, interval(query)), filter);
      return ok(metricsBody(metric, periods));
    });
  }
}
