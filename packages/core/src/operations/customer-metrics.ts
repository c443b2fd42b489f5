import type { CursorParams, EmptyResult } from '../types/common.js';
import type {
  CustomerActivityPage,
  CustomerSubscriptionPage,
  SubscriptionConnectionParams,
} from '../types/customer-metrics.js';
import { defineOperation } from './operation.js';

/** `client.customers.subscriptions`: a customer's subscriptions as the Metrics API sees them. */
export const customerSubscriptions = {
  list: defineOperation<CursorParams, CustomerSubscriptionPage>()({
    method: 'GET',
    path: '/v1/customers/{uuid}/subscriptions',
    paging: { items: 'entries' },
  }),
  connect: defineOperation<SubscriptionConnectionParams, EmptyResult>()({
    method: 'POST',
    path: '/v1/customers/{uuid}/connect_subscriptions',
  }),
  disconnect: defineOperation<SubscriptionConnectionParams, EmptyResult>()({
    method: 'POST',
    path: '/v1/customers/{uuid}/disconnect_subscriptions',
  }),
} as const;

/** `client.customers.activities`: a customer's MRR movements (all customers': `client.activities`). */
export const customerActivities = {
  list: defineOperation<CursorParams, CustomerActivityPage>()({
    method: 'GET',
    path: '/v1/customers/{uuid}/activities',
    paging: { items: 'entries' },
  }),
} as const;
