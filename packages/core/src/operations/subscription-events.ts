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
    id: 'subscriptionEvents.list',
    method: 'GET',
    path: '/v1/subscription_events',
    paging: { items: 'subscription_events' },
  }),
  create: defineOperation<SubscriptionEventCreateParams, SubscriptionEvent>()({
    id: 'subscriptionEvents.create',
    method: 'POST',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  update: defineOperation<SubscriptionEventUpdateParams, SubscriptionEvent>()({
    id: 'subscriptionEvents.update',
    method: 'PATCH',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  updateByExternalId: defineOperation<SubscriptionEventUpdateByExternalIdParams, SubscriptionEvent>()({
    id: 'subscriptionEvents.updateByExternalId',
    method: 'PATCH',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  delete: defineOperation<SubscriptionEventDeleteParams, void>()({
    id: 'subscriptionEvents.delete',
    method: 'DELETE',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  deleteByExternalId: defineOperation<SubscriptionEventByExternalIdParams, void>()({
    id: 'subscriptionEvents.deleteByExternalId',
    method: 'DELETE',
    path: '/v1/subscription_events',
    query: USER_EDIT_QUERY,
    prepare: wrapSubscriptionEvent,
  }),
  disable: defineOperation<UserEditParams, SubscriptionEvent>()({
    id: 'subscriptionEvents.disable',
    method: 'PATCH',
    path: '/v1/subscription_events/{id}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(true),
  }),
  enable: defineOperation<UserEditParams, SubscriptionEvent>()({
    id: 'subscriptionEvents.enable',
    method: 'PATCH',
    path: '/v1/subscription_events/{id}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(false),
  }),
  disableByExternalId: defineOperation<SubscriptionEventByExternalIdParams, SubscriptionEvent>()({
    id: 'subscriptionEvents.disableByExternalId',
    method: 'PATCH',
    path: '/v1/subscription_events/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabledSubscriptionEvent(true),
  }),
  enableByExternalId: defineOperation<SubscriptionEventByExternalIdParams, SubscriptionEvent>()({
    id: 'subscriptionEvents.enableByExternalId',
    method: 'PATCH',
    path: '/v1/subscription_events/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabledSubscriptionEvent(false),
  }),
} as const;
