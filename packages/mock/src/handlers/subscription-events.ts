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

/** `subscription_event[id]=1` or `subscription_event[data_source_uuid]=...&subscription_event[external_id]=...`. */
function eventInQuery(query: URLSearchParams): JsonObject | undefined {
  const ref: JsonObject = {};
  for (const [name, value] of query) {
    const match = /^subscription_event\[(id|data_source_uuid|external_id)\]$/.exec(name);
    if (match) ref[match[1] as string] = match[1] === 'id' ? Number(value) : value;
  }
  return Object.keys(ref).length === 0 ? undefined : ref;
}

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
      // A first page also carries the older key-set paging block (recorded 2022 and 2023); pages after a cursor do not.
      if (page.request.after === 0) {
        const pages = Math.ceil(page.count() / page.request.perPage);
        const next = page.hasMore ? (page.items[page.items.length - 1]?.id ?? null) : null;
        body.meta = { next_key: next, prev_key: null, before_key: new Date(account.now()).toISOString(), page: pages === 0 ? 0 : 1, total_pages: pages };
      }
      return ok(body);
    })
    .post('/v1/subscription_events', async ({ account, body }) =>
      created(subscriptionEventToWire(createSubscriptionEvent(account, envelope(await body())))),
    )
    .patch('/v1/subscription_events', async ({ account, body }) => {
      const raw = envelope(await body());
      return ok(subscriptionEventToWire(updateSubscriptionEvent(account, findSubscriptionEvent(account, raw), raw)));
    })
    // DELETE naming the event in a JSON body, `{ subscription_event: { id } }` or by external id,
    // or in the query, `?subscription_event[id]=...` (what the Ruby library sends, recorded).
    .delete('/v1/subscription_events', async ({ account, query, body }) => {
      const ref = eventInQuery(query) ?? envelope(await body());
      account.collections.subscriptionEvents.remove(findSubscriptionEvent(account, ref));
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
