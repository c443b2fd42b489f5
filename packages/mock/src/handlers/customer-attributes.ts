import { apiError } from '../http/errors.js';
import type { JsonObject } from '../http/body.js';
import { noContent, ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import type { Account } from '../store/account.js';
import type { CustomerRecord } from '../store/records.js';
import {
  addCustomAttributes,
  addTags,
  customersByEmail,
  customValues,
  removeCustomAttributes,
  removeTags,
  updateCustomAttributes,
} from '../resources/custom-attributes.js';
import { bulkCustomerToWire, customerAttributes, findCustomer } from '../resources/customers.js';
import { isObject, stringField } from '../resources/fields.js';

function list(body: JsonObject, key: 'tags' | 'custom'): unknown[] {
  const value = body[key];
  if (!Array.isArray(value)) throw apiError(422, `${key} must be a list.`, key);
  return value;
}

/** Changes a customer through `update` so its indexes stay right (tags and custom are not indexed, but stay uniform). */
const change = (account: Account, customer: CustomerRecord, mutate: (c: CustomerRecord) => void) =>
  account.collections.customers.update(customer, mutate);

export function customerAttributeRoutes(router: Router): void {
  const customerOf = (account: Account, params: Record<string, string>) => findCustomer(account, params.uuid as string);
  router
    .get('/v1/customers/:uuid/attributes', ({ account, params }) => {
      const customer = customerOf(account, params);
      return ok(customerAttributes(customer));
    })
    .post('/v1/customers/attributes/tags', async ({ account, body }) => {
      const request = await body();
      const tags = list(request, 'tags');
      const found = customersByEmail(account, stringField(request, 'email') ?? '');
      for (const customer of found) change(account, customer, (c) => addTags(c, tags));
      return ok({ entries: found.map((c) => bulkCustomerToWire(account, c)) });
    })
    .post('/v1/customers/attributes/custom', async ({ account, body }) => {
      const request = await body();
      const custom = list(request, 'custom');
      const found = customersByEmail(account, stringField(request, 'email') ?? '');
      for (const customer of found) change(account, customer, (c) => addCustomAttributes(c, custom));
      return ok({ entries: found.map((c) => bulkCustomerToWire(account, c)) });
    })
    .post('/v1/customers/:uuid/attributes/tags', async ({ account, params, body }) => {
      const customer = customerOf(account, params);
      const tags = list(await body(), 'tags');
      change(account, customer, (c) => addTags(c, tags));
      return ok({ tags: customer.tags });
    })
    .delete('/v1/customers/:uuid/attributes/tags', async ({ account, params, body }) => {
      const customer = customerOf(account, params);
      const tags = list(await body(), 'tags');
      change(account, customer, (c) => removeTags(c, tags));
      return ok({ tags: customer.tags });
    })
    .post('/v1/customers/:uuid/attributes/custom', async ({ account, params, body }) => {
      const customer = customerOf(account, params);
      const custom = list(await body(), 'custom');
      change(account, customer, (c) => addCustomAttributes(c, custom));
      return ok({ custom: customValues(customer) });
    })
    .put('/v1/customers/:uuid/attributes/custom', async ({ account, params, body }) => {
      const customer = customerOf(account, params);
      const custom = (await body()).custom;
      if (!isObject(custom)) throw apiError(422, 'custom must be an object of { key: value }.', 'custom');
      change(account, customer, (c) => updateCustomAttributes(c, custom));
      return ok({ custom: customValues(customer) });
    })
    // Recorded against the live API (chartmogul-ruby's fixtures): removal answers 204 without a body.
    .delete('/v1/customers/:uuid/attributes/custom', async ({ account, params, body }) => {
      const customer = customerOf(account, params);
      const keys = list(await body(), 'custom');
      change(account, customer, (c) => removeCustomAttributes(c, keys));
      return noContent();
    });
}
