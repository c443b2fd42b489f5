import { pageBody, pageOfIndex, readPaging } from '../http/paging.js';
import { matchesQuery } from '../http/query.js';
import { created, ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import type { Account } from '../store/account.js';
import type { CrmRecord } from '../store/records.js';
import { createCrmRecord, crmToWire, findCrmRecord, mergeContacts, updateCrmRecord } from '../resources/crm.js';
import { contactKind, noteKind, opportunityKind, taskKind, type CrmKind } from '../resources/crm-kinds.js';
import { findCustomer } from '../resources/customers.js';

function list(account: Account, kind: CrmKind, query: URLSearchParams, customerUuid?: string) {
  const collection = kind.collection(account);
  const customer = customerUuid ?? query.get('customer_uuid');
  const index = customer ? collection.group('customer', customer) : collection.all;
  const accept = (record: CrmRecord) => matchesQuery(query, kind.filters.map((field) => [field, record.fields[field]] as const));
  const page = pageOfIndex(index, readPaging(query), kind.filters.some((f) => query.has(f)) ? accept : undefined);
  return ok(pageBody('entries', page, (record) => crmToWire(kind, record)));
}

/**
 * Contacts, customer notes, opportunities and tasks: the same five operations each. Deleting
 * answers 200 with `{}` for all four, as the live API does (recorded in chartmogul-go's fixtures).
 */
function crmRoutes(router: Router, base: string, kind: CrmKind): void {
  router
    .post(base, async ({ account, body }) => created(crmToWire(kind, createCrmRecord(account, kind, await body()), true)))
    .get(base, ({ account, query }) => list(account, kind, query))
    .get(`${base}/:uuid`, ({ account, params }) => ok(crmToWire(kind, findCrmRecord(account, kind, params.uuid as string))))
    .patch(`${base}/:uuid`, async ({ account, params, body }) => {
      const record = findCrmRecord(account, kind, params.uuid as string);
      return ok(crmToWire(kind, updateCrmRecord(account, kind, record, await body()), true));
    })
    .delete(`${base}/:uuid`, ({ account, params }) => {
      kind.collection(account).remove(findCrmRecord(account, kind, params.uuid as string));
      return ok({});
    });
}

export function crmRecordRoutes(router: Router): void {
  crmRoutes(router, '/v1/contacts', contactKind);
  crmRoutes(router, '/v1/customer_notes', noteKind);
  crmRoutes(router, '/v1/opportunities', opportunityKind);
  crmRoutes(router, '/v1/tasks', taskKind);
  router
    .post('/v1/contacts/:into/merge/:from', ({ account, params }) => {
      const into = findCrmRecord(account, contactKind, params.into as string);
      const from = findCrmRecord(account, contactKind, params.from as string);
      return ok(crmToWire(contactKind, into === from ? into : mergeContacts(account, contactKind, into, from)));
    })
    .get('/v1/customers/:uuid/contacts', ({ account, params, query }) =>
      list(account, contactKind, query, findCustomer(account, params.uuid as string).uuid),
    )
    .post('/v1/customers/:uuid/contacts', async ({ account, params, body }) => {
      const customer = findCustomer(account, params.uuid as string);
      return created(crmToWire(contactKind, createCrmRecord(account, contactKind, await body(), customer)));
    });
}
