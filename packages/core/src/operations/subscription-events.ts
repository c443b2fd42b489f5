import type { UserEditParams } from '../types/import-api.js';
import type {
  SubscriptionEvent,
  SubscriptionEventByExternalIdParams,
  SubscriptionEventCreateParams,
  SubscriptionEventDeleteParams,
  SubscriptionEventListParams,
  SubscriptionEventPage,
  SubscriptionEventUpdateByExternalIdParams,
  SubscriptionEventUpdateParams,
} from '../types/subscription-events.js';
import { defineOperation } from './operation.js';
import { setDisabled, setDisabledSubscriptionEvent, USER_EDIT_QUERY, wrapSubscriptionEvent } from './quirks.js';

/** Writes send `{ subscription_event: {...} }` whichever shape they were given: see `wrapSubscriptionEvent`. */
export const subscriptionEvents = {
  list: defineOperation<SubscriptionEventListParams, SubscriptionEventPage>()({
    method: 'GET',
    path: '/v1/subscription_events',
    paging: { items: 'subscription_events' },
  }),
  create: defineOperation<SubscriptionEventCreateParams, SubscriptionEvent>()({
    method: 'POST',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  update: defineOperation<SubscriptionEventUpdateParams, SubscriptionEvent>()({
    method: 'PATCH',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  updateByExternalId: defineOperation<SubscriptionEventUpdateByExternalIdParams, SubscriptionEvent>()({
    method: 'PATCH',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  delete: defineOperation<SubscriptionEventDeleteParams, void>()({
    method: 'DELETE',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  deleteByExternalId: defineOperation<SubscriptionEventByExternalIdParams, void>()({
    method: 'DELETE',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  disable: defineOperation<UserEditParams, SubscriptionEvent>()({
    method: 'PATCH',
    path: '/v1/subscription_events/{id}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(true),
  }),
  enable: defineOperation<UserEditParams, SubscriptionEvent>()({
    method: 'PATCH',
    path: '/v1/subscription_events/{id}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(false),
  }),
  disableByExternalId: defineOperation<SubscriptionEventByExternalIdParams, SubscriptionEvent>()({
    method: 'PATCH',
    path: '/v1/subscription_events/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabledSubscriptionEvent(true),
  }),
  enableByExternalId: defineOperation<SubscriptionEventByExternalIdParams, SubscriptionEvent>()({
    method: 'PATCH',
    path: '/v1/subscription_events/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabledSubscriptionEvent(false),
  }),
} as const;
