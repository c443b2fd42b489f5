import { detailedError } from '../http/errors.js';
import { PAGES, pageBody, pageOfIndex, readPaging } from '../http/paging.js';
import { flag } from '../http/query.js';
import { created, noContent, ok } from '../http/respond.js';
import type { RouteContext, Router } from '../http/router.js';
import type { Account } from '../store/account.js';
import type { InvoiceRecord } from '../store/records.js';
import { findCustomer } from '../resources/customers.js';
import { findDataSource } from '../resources/data-sources.js';
import {
  findByExternalId,
  readDisabled,
  setInvoiceDisabled,
  updateInvoice,
  updateInvoiceStatus,
} from '../resources/invoice-edits.js';
import { removeInvoice } from '../resources/invoice-removal.js';
import { findInvoice, importInvoices, invoiceToWire } from '../resources/invoices.js';

/**
 * Which invoices a list shows: disabled ones only with `with_disabled=true`; every mock
 * invoice passes validation, so `validation_type=invalid` finds none.
 */
function visible(query: URLSearchParams) {
  const withDisabled = flag(query, 'with_disabled');
  const invalidOnly = query.get('validation_type') === 'invalid';
  return (invoice: InvoiceRecord) => !invalidOnly && (withDisabled || invoice.disabled === undefined);
}

function listInvoices(account: Account, query: URLSearchParams) {
  const { invoices } = account.collections;
  const customer = query.get('customer_uuid');
  const ds = query.get('data_source_uuid');
  const externalId = query.get('external_id');
  const show = visible(query);
  const index = customer ? invoices.group('customer', customer) : ds ? invoices.group('dataSource', ds) : invoices.all;
  const accept = (invoice: InvoiceRecord) =>
    show(invoice) && (!ds || invoice.dataSourceUuid === ds) && (!externalId || invoice.externalId === externalId);
  return pageOfIndex(index, readPaging(query), accept);
}

export function invoiceRoutes(router: Router): void {
  const importTo = (replacing: boolean) => async ({ account, params, body }: RouteContext) => {
    const customer = findCustomer(account, params.uuid as string);
    const invoices = importInvoices(account, customer, await body(), replacing);
    const reply = { invoices: invoices.map((invoice) => invoiceToWire(invoice, false)) };
    return replacing ? ok(reply) : created(reply);
  };
  router
    .post('/v1/import/customers/:uuid/invoices', importTo(false))
    .put('/v1/import/customers/:uuid/invoices', importTo(true))
    .get('/v1/import/customers/:uuid/invoices', ({ account, params, query }) => {
      const customer = findCustomer(account, params.uuid as string);
      const index = account.collections.invoices.group('customer', customer.uuid);
      const page = pageOfIndex(index, readPaging(query), visible(query));
      return ok(pageBody('invoices', page, (invoice) => invoiceToWire(invoice, false), { customer_uuid: customer.uuid }, PAGES));
    })
    .get('/v1/invoices', ({ account, query }) => ok(pageBody('invoices', listInvoices(account, query), (i) => invoiceToWire(i, true, true), {}, PAGES)))
    .patch('/v1/invoices', async ({ account, query, body }) =>
      ok(invoiceToWire(updateInvoice(account, findByExternalId(account, 'invoices', query), await body()))),
    )
    .delete('/v1/invoices', ({ account, query }) => {
      removeInvoice(account, findByExternalId(account, 'invoices', query));
      return noContent();
    })
    .patch('/v1/invoices/disabled_state', async ({ account, query, body }) => {
      const invoice = findByExternalId(account, 'invoices', query);
      return ok(invoiceToWire(setInvoiceDisabled(account, invoice, readDisabled(await body()))));
    })
    .get('/v1/invoices/:uuid', ({ account, params }) => ok(invoiceToWire(findInvoice(account, params.uuid as string))))
    .patch('/v1/invoices/:uuid', async ({ account, params, body }) =>
      ok(invoiceToWire(updateInvoice(account, findInvoice(account, params.uuid as string), await body()))),
    )
    .delete('/v1/invoices/:uuid', ({ account, params }) => {
      removeInvoice(account, findInvoice(account, params.uuid as string));
      return noContent();
    })
    .patch('/v1/invoices/:uuid/disabled_state', async ({ account, params, body }) => {
      const invoice = findInvoice(account, params.uuid as string);
      return ok(invoiceToWire(setInvoiceDisabled(account, invoice, readDisabled(await body()))));
    })
    .put('/v1/data_sources/:ds/invoices/:externalId/status', async ({ account, params, body }) => {
      const ds = findDataSource(account, params.ds as string);
      updateInvoiceStatus(account, ds.uuid, params.externalId as string, await body());
      return ok({ message: 'Invoice updated' });
    })
    .delete('/v1/data_sources/:ds/customers/:uuid/invoices', ({ account, params }) => {
      const ds = findDataSource(account, params.ds as string);
      const customer = findCustomer(account, params.uuid as string);
      const invoices = [...account.collections.invoices.group('customer', customer.uuid).values()];
      const inSource = invoices.filter((invoice) => invoice.dataSourceUuid === ds.uuid);
      if (inSource.length === 0 && !customer.identities.some((i) => i.dataSourceUuid === ds.uuid)) {
        throw detailedError(404, 'Customer not found in this data source', 'customer');
      }
      for (const invoice of inSource) removeInvoice(account, invoice);
      return noContent();
    });
}
