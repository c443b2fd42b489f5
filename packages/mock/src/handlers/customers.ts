import { type LegacyPaging, pageBody, pageOfIndex, readPaging } from '../http/paging.js';
import { requiredParam } from '../http/query.js';
import { accepted, created, noContent, ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { customerSnapshot } from '../metrics/timeline.js';
import type { Account } from '../store/account.js';
import type { CustomerRecord } from '../store/records.js';
import { SeqIndex } from '../store/seq-index.js';
import { removeCustomer } from '../resources/customer-removal.js';
import { mergeCustomers, unmergeCustomer } from '../resources/customer-merge.js';
import { customersByEmail } from '../resources/custom-attributes.js';
import { createCustomer, customerToWire, findCustomer, updateCustomer } from '../resources/customers.js';

/** `billing-system-type` is "Import API" for API-made sources, whose `system` is "Custom". */
const SYSTEMS = new Set(['Import API', 'Custom']);

const CUSTOMER_PAGING: LegacyPaging = ['current_page', 'total_pages', 'page', 'per_page'];

/** The customers with this external id in any data source (a handful at most). */
function byExternalId(account: Account, externalId: string): SeqIndex<CustomerRecord> {
  const index = new SeqIndex<CustomerRecord>();
  for (const ds of account.collections.dataSources.values()) {
    const customer = account.collections.customers.findUnique('external', ds.uuid, externalId);
    if (customer !== undefined) index.add(customer);
  }
  return index;
}

function listCustomers(account: Account, query: URLSearchParams) {
  const { customers } = account.collections;
  const ds = query.get('data_source_uuid');
  const externalId = query.get('external_id');
  const status = query.get('status');
  const system = query.get('system');
  // Start from the narrowest index the filters allow, then check the rest per record.
  const index = externalId ? byExternalId(account, externalId) : ds ? customers.group('dataSource', ds) : customers.all;
  const accept = (c: CustomerRecord) =>
    (!ds || c.identities.some((i) => i.dataSourceUuid === ds && (!externalId || i.externalId === externalId))) &&
    (!system || SYSTEMS.has(system)) &&
    (!status || customerSnapshot(account, c).status === status);
  return pageOfIndex(index, readPaging(query), ds || status || system ? accept : undefined);
}

export function customerRoutes(router: Router): void {
  router
    .get('/v1/customers', ({ account, query }) =>
      ok(pageBody('entries', listCustomers(account, query), (c) => customerToWire(account, c), {}, CUSTOMER_PAGING)),
    )
    .post('/v1/customers', async ({ account, body }) => created(customerToWire(account, createCustomer(account, await body()))))
    .get('/v1/customers/search', ({ account, query }) => {
      const email = requiredParam(query, 'email');
      customersByEmail(account, email);
      const index = account.collections.customers.group('email', email.toLowerCase());
      const body = pageBody('entries', pageOfIndex(index, readPaging(query)), (c) => customerToWire(account, c), {}, CUSTOMER_PAGING);
      // Recorded: a search reports `total_pages: null`.
      if ('total_pages' in body) body.total_pages = null;
      return ok(body);
    })
    .post('/v1/customers/merges', async ({ account, body }) => {
      mergeCustomers(account, await body());
      return accepted();
    })
    .post('/v1/customers/unmerges', async ({ account, body }) => {
      unmergeCustomer(account, await body());
      return accepted();
    })
    .get('/v1/customers/:uuid', ({ account, params }) => ok(customerToWire(account, findCustomer(account, params.uuid as string))))
    .patch('/v1/customers/:uuid', async ({ account, params, body }) => {
      const customer = findCustomer(account, params.uuid as string);
      return ok(customerToWire(account, updateCustomer(account, customer, await body())));
    })
    .delete('/v1/customers/:uuid', ({ account, params }) => {
      removeCustomer(account, findCustomer(account, params.uuid as string));
      return noContent();
    });
}
