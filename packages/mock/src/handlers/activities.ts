import { apiError } from '../http/errors.js';
import { pageBody, pageOfArray, readPaging } from '../http/paging.js';
import { dateParam } from '../http/query.js';
import { ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { accountActivities, activityToWire, ACTIVITY_TYPES } from '../metrics/activities.js';
import { activitiesExportToWire, createActivitiesExport, findActivitiesExport } from '../resources/activities-exports.js';
import { DAY_MS } from '../time/dates.js';

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
      return ok(pageBody('entries', pageOfArray(selected, readPaging(query)), (a) => activityToWire(account, a), {}, ['per_page']));
    })
    // Recorded against the live API (chartmogul-ruby's fixtures): creating an export answers 200.
    .post('/v1/activities_export', async ({ account, body }) => ok(activitiesExportToWire(createActivitiesExport(account, await body()), false)))
    .get('/v1/activities_export/:id', ({ account, params }) =>
      ok(activitiesExportToWire(findActivitiesExport(account, params.id as string), true)),
    );
}
