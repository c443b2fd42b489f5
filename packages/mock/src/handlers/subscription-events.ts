import type { JsonObject } from '../http/body.js';
import { apiError } from '../http/errors.js';
import { pageBody, pageOfIndex, readPaging } from '../http/paging.js';
import { matchesQuery } from '../http/query.js';
import { created, noContent, ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import type { SubscriptionEventRecord } from '../store/records.js';
import { isoDay } from '../time/dates.js';
import { isObject } from '../resources/fields.js';
import {
  createSubscriptionEvent,
  envelope,
  findSubscriptionEvent,
  setEventDisabled,
  subscriptionEventToWire,
  updateSubscriptionEvent,
} from '../resources/subscription-events.js';

const FILTERS = [
  'customer_external_id',
  'data_source_uuid',
  'event_type',
  'external_id',
  'plan_external_id',
  'subscription_external_id',
  'effective_date',
  'event_date',
];

/** Filter values in FILTERS order; dates compare by day (`effective_date=2022-02-28`). */
const eventFilters = (e: SubscriptionEventRecord) =>
  [
    ['customer_external_id', e.customerExternalId],
    ['data_source_uuid', e.dataSourceUuid],
    ['event_type', e.eventType],
    ['external_id', e.externalId],
    ['plan_external_id', e.planExternalId],
    ['subscription_external_id', e.subscriptionExternalId],
    ['effective_date', isoDay(e.effectiveDate)],
    ['event_date', isoDay(e.eventDate)],
  ] as const;

function disabledFlag(body: JsonObject): boolean {
  if (typeof body.disabled !== 'boolean') throw apiError(422, 'disabled must be true or false.', 'disabled');
  return body.disabled;
}

export function subscriptionEventRoutes(router: Router): void {
  router
    .get('/v1/subscription_events', ({ account, query }) => {
      const filtered = FILTERS.some((name) => query.has(name));
      const accept = (event: SubscriptionEventRecord) => matchesQuery(query, eventFilters(event));
      const page = pageOfIndex(account.collections.subscriptionEvents.all, readPaging(query), filtered ? accept : undefined);
      const body = pageBody('subscription_events', page, subscriptionEventToWire);
      // The list also keeps its older `meta` block, which the PHP and Ruby libraries read.
      body.meta = { page: 1, total_pages: page.hasMore ? 2 : 1, has_more: page.hasMore, cursor: page.cursor };
      return ok(body);
    })
    .post('/v1/subscription_events', async ({ account, body }) =>
      created(subscriptionEventToWire(createSubscriptionEvent(account, envelope(await body())))),
    )
    .patch('/v1/subscription_events', async ({ account, body }) => {
      const raw = envelope(await body());
      return ok(subscriptionEventToWire(updateSubscriptionEvent(account, findSubscriptionEvent(account, raw), raw)));
    })
    // DELETE with a JSON body naming the event: `{ subscription_event: { id } }` or by external id.
    .delete('/v1/subscription_events', async ({ account, body }) => {
      account.collections.subscriptionEvents.remove(findSubscriptionEvent(account, envelope(await body())));
      return noContent();
    })
    // By external id: `{ subscription_event: { data_source_uuid, external_id }, disabled }`, or flat (Python sends it so).
    .patch('/v1/subscription_events/disabled_state', async ({ account, body }) => {
      const raw = await body();
      const ref = isObject(raw.subscription_event) ? raw.subscription_event : raw;
      const event = findSubscriptionEvent(account, { data_source_uuid: ref.data_source_uuid, external_id: ref.external_id });
      return ok(subscriptionEventToWire(setEventDisabled(account, event, disabledFlag(raw))));
    })
    .patch('/v1/subscription_events/:id/disabled_state', async ({ account, params, body }) => {
      const event = findSubscriptionEvent(account, { id: params.id });
      return ok(subscriptionEventToWire(setEventDisabled(account, event, disabledFlag(await body()))));
    });
}
