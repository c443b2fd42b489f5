import { PAGES, pageBody, pageOfArray, pageOfIndex, readPaging } from '../http/paging.js';
import { accepted, ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { customerActivities, customerActivityToWire } from '../metrics/activities.js';
import { findCustomer } from '../resources/customers.js';
import {
  cancelSubscription,
  connectSubscriptions,
  disconnectSubscriptions,
  findSubscription,
  importedSubscriptionToWire,
  metricsSubscriptionToWire,
} from '../resources/subscriptions.js';

export function subscriptionRoutes(router: Router): void {
  router
    // Import API view (deprecated by ChartMogul in favour of the Metrics API list below).
    .get('/v1/import/customers/:uuid/subscriptions', ({ account, params, query }) => {
      const customer = findCustomer(account, params.uuid as string);
      const page = pageOfIndex(account.collections.subscriptions.group('customer', customer.uuid), readPaging(query));
      return ok(pageBody('subscriptions', page, (s) => importedSubscriptionToWire(s), { customer_uuid: customer.uuid }, PAGES));
    })
    // Recorded against the live API (chartmogul-go's fixtures): a cancellation answers 202 with the subscription.
    .patch('/v1/import/subscriptions/:uuid', async ({ account, params, body }) => {
      const subscription = cancelSubscription(findSubscription(account, params.uuid as string), await body());
      return accepted(importedSubscriptionToWire(subscription, true));
    })
    .get('/v1/customers/:uuid/subscriptions', ({ account, params, query }) => {
      const customer = findCustomer(account, params.uuid as string);
      const page = pageOfIndex(account.collections.subscriptions.group('customer', customer.uuid), readPaging(query));
      return ok(pageBody('entries', page, (s) => metricsSubscriptionToWire(account, s), {}, ['page', 'per_page']));
    })
    .get('/v1/customers/:uuid/activities', ({ account, params, query }) => {
      const customer = findCustomer(account, params.uuid as string);
      const page = pageOfArray(customerActivities(account, customer), readPaging(query));
      return ok(pageBody('entries', page, (activity) => customerActivityToWire(account, activity), {}, ['page', 'per_page']));
    })
    .post('/v1/customers/:uuid/connect_subscriptions', async ({ account, params, body }) => {
      connectSubscriptions(account, findCustomer(account, params.uuid as string), await body());
      return accepted();
    })
    .post('/v1/customers/:uuid/disconnect_subscriptions', async ({ account, params, body }) => {
      disconnectSubscriptions(account, findCustomer(account, params.uuid as string), await body());
      return accepted();
    });
}
