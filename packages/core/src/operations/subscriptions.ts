import type {
  ImportedSubscription,
  ImportedSubscriptionPage,
  SubscriptionCancelParams,
  SubscriptionListImportedParams,
} from '../types/subscriptions.js';
import { defineOperation } from './operation.js';

/** Subscriptions of the Import API. A customer's subscriptions with their metrics are under `customers`. */
export const subscriptions = {
  /**
   * Lists a customer's subscriptions as the Import API sees them.
   * @deprecated ChartMogul deprecated this endpoint: use `customers.subscriptions.list(uuid)`
   * (GET /v1/customers/{uuid}/subscriptions) instead.
   */
  listImported: defineOperation<SubscriptionListImportedParams, ImportedSubscriptionPage>()({
    method: 'GET',
    path: '/v1/import/customers/{uuid}/subscriptions',
    paging: { items: 'subscriptions' },
    deprecated: 'use customers.subscriptions.list(uuid) (GET /v1/customers/{uuid}/subscriptions) instead',
  }),
  cancel: defineOperation<SubscriptionCancelParams, ImportedSubscription>()({
    method: 'PATCH',
    path: '/v1/import/subscriptions/{uuid}',
  }),
} as const;
