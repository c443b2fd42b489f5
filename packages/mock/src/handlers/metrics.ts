import { apiError } from '../http/errors.js';
import { pageBody, pageOfArray, readPaging } from '../http/paging.js';
import { dateParam, listParam } from '../http/query.js';
import { ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { accountActivities, activityToWire, ACTIVITY_TYPES } from '../metrics/activities.js';
import { bucketsBetween, INTERVALS, type Interval } from '../metrics/buckets.js';
import { computePeriods } from '../metrics/compute.js';
import { metricsBody, SINGLE_METRICS } from '../metrics/shapes.js';
import { activitiesExportToWire, createActivitiesExport, findActivitiesExport } from '../resources/activities-exports.js';
import { DAY_MS } from '../time/dates.js';

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

export function activityRoutes(router: Router): void {
  router
    .get('/v1/activities', ({ account, query }) => {
      const start = dateParam(query, 'start-date', false);
      const end = dateParam(query, 'end-date', false);
      const type = query.get('type');
      if (type !== null && type !== '' && !ACTIVITY_TYPES.includes(type)) throw apiError(400, `Unknown activity type "${type}".`, 'type');
      const order = query.get('order') ?? 'date';
      if (order !== 'date' && order !== '-date') throw apiError(400, 'order must be date or -date.', 'order');
      // Cached per filter until the next write, so paging through it slices instead of copying.
      const selected = account.cached(`activities:${start}:${end}:${type}:${order}`, () => {
        const list = accountActivities(account).filter(
          (a) => (start === undefined || a.at >= start) && (end === undefined || a.at < end + DAY_MS) && (!type || a.type === type),
        );
        return order === '-date' ? list.reverse() : list;
      });
      return ok(pageBody('entries', pageOfArray(selected, readPaging(query)), (a) => activityToWire(account, a)));
    })
    // Recorded against the live API (chartmogul-ruby's fixtures): creating an export answers 200.
    .post('/v1/activities_export', async ({ account, body }) => ok(activitiesExportToWire(createActivitiesExport(account, await body()), false)))
    .get('/v1/activities_export/:id', ({ account, params }) =>
      ok(activitiesExportToWire(findActivitiesExport(account, params.id as string), true)),
    );
}
