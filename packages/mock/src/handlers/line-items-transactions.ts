import type { JsonObject } from '../http/body.js';
import { fieldErrors } from '../http/errors.js';
import { created, noContent, ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import type { Account } from '../store/account.js';
import type { InvoiceRecord, LineItemRecord, TransactionRecord } from '../store/records.js';
import { Problems, stringField } from '../resources/fields.js';
import { findByExternalId, readDisabled, setDisabled, updateLineItem, updateTransaction } from '../resources/invoice-edits.js';
import { removeLineItem, removeTransaction } from '../resources/invoice-removal.js';
import { findInvoice } from '../resources/invoices.js';
import { findLineItem, insertLineItem, lineItemToWire, parseLineItem, type ParsedLineItem } from '../resources/line-items.js';
import {
  findTransaction,
  importedTransactionToWire,
  insertTransaction,
  parseTransaction,
  transactionToWire,
  type ParsedTransaction,
} from '../resources/transactions.js';

function takenIn(account: Account, kind: 'lineItems' | 'transactions', invoice: InvoiceRecord, externalId: string | null) {
  if (externalId !== null && account.collections[kind].findUnique('external', invoice.dataSourceUuid, externalId)) {
    throw fieldErrors({ external_id: 'has already been taken' });
  }
}

function createLineItem(account: Account, invoice: InvoiceRecord, body: JsonObject) {
  const problems = new Problems();
  const parsed = parseLineItem(body, problems, (raw) => {
    const plan = account.collections.plans.get(stringField(raw, 'plan_uuid') ?? '');
    return plan?.dataSourceUuid === invoice.dataSourceUuid ? plan : undefined;
  });
  problems.throwIfAny();
  const item = parsed as ParsedLineItem;
  takenIn(account, 'lineItems', invoice, item.externalId);
  return insertLineItem(account, invoice, item);
}

function createTransaction(account: Account, invoice: InvoiceRecord, body: JsonObject) {
  const problems = new Problems();
  const parsed = parseTransaction(body, problems);
  problems.throwIfAny();
  const transaction = parsed as ParsedTransaction;
  takenIn(account, 'transactions', invoice, transaction.externalId);
  return insertTransaction(account, invoice, transaction);
}

/** What differs between line items and transactions; their nine routes are the same. */
interface InvoicePart<T extends LineItemRecord | TransactionRecord> {
  /** `line_items` or `transactions`: the path under `/v1` and under `/v1/import/invoices/{uuid}`. */
  path: string;
  kind: T extends LineItemRecord ? 'lineItems' : 'transactions';
  create: (account: Account, invoice: InvoiceRecord, body: JsonObject) => T;
  find: (account: Account, uuid: string) => T;
  update: (account: Account, record: T, body: JsonObject) => T;
  remove: (account: Account, record: T) => void;
  toWire: (record: T) => unknown;
  /** The answer to the import, when it differs from `toWire`. */
  importedToWire?: (record: T) => unknown;
}

/**
 * Import into an invoice, then retrieve, update, delete, disable and enable by uuid or by
 * `?data_source_uuid=&external_id=`. By-external-id routes come first: `/v1/line_items/disabled_state`
 * must not be read as the uuid `disabled_state`.
 */
function invoicePartRoutes<T extends LineItemRecord | TransactionRecord>(router: Router, part: InvoicePart<T>): void {
  const base = `/v1/${part.path}`;
  const byExternalId = (account: Account, query: URLSearchParams) => findByExternalId(account, part.kind, query) as T;
  const byUuid = (account: Account, params: Record<string, string>) => part.find(account, params.uuid as string);
  router
    .post(`/v1/import/invoices/:uuid/${part.path}`, async ({ account, params, body }) => {
      const record = part.create(account, findInvoice(account, params.uuid as string), await body());
      return created((part.importedToWire ?? part.toWire)(record));
    })
    .get(base, ({ account, query }) => ok(part.toWire(byExternalId(account, query))))
    .patch(base, async ({ account, query, body }) => ok(part.toWire(part.update(account, byExternalId(account, query), await body()))))
    .delete(base, ({ account, query }) => {
      part.remove(account, byExternalId(account, query));
      return noContent();
    })
    .patch(`${base}/disabled_state`, async ({ account, query, body }) =>
      ok(part.toWire(setDisabled(account, byExternalId(account, query), readDisabled(await body())))),
    )
    .get(`${base}/:uuid`, ({ account, params }) => ok(part.toWire(byUuid(account, params))))
    .patch(`${base}/:uuid`, async ({ account, params, body }) => ok(part.toWire(part.update(account, byUuid(account, params), await body()))))
    .delete(`${base}/:uuid`, ({ account, params }) => {
      part.remove(account, byUuid(account, params));
      return noContent();
    })
    .patch(`${base}/:uuid/disabled_state`, async ({ account, params, body }) =>
      ok(part.toWire(setDisabled(account, byUuid(account, params), readDisabled(await body())))),
    );
}

export function lineItemRoutes(router: Router): void {
  invoicePartRoutes<LineItemRecord>(router, {
    path: 'line_items',
    kind: 'lineItems',
    create: createLineItem,
    find: findLineItem,
    update: updateLineItem,
    remove: (account, item) => removeLineItem(account, item),
    toWire: lineItemToWire,
  });
}

export function transactionRoutes(router: Router): void {
  invoicePartRoutes<TransactionRecord>(router, {
    path: 'transactions',
    kind: 'transactions',
    create: createTransaction,
    find: findTransaction,
    update: updateTransaction,
    remove: (account, transaction) => removeTransaction(account, transaction),
    toWire: transactionToWire,
    importedToWire: importedTransactionToWire,
  });
}
