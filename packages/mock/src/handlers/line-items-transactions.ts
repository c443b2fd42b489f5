import type { JsonObject } from '../http/body.js';
import { fieldErrors } from '../http/errors.js';
import { created, noContent, ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import type { Account } from '../store/account.js';
import type { InvoiceRecord } from '../store/records.js';
import { Problems, stringField } from '../resources/fields.js';
import { findByExternalId, readDisabled, setDisabled, updateLineItem, updateTransaction } from '../resources/invoice-edits.js';
import { removeLineItem, removeTransaction } from '../resources/invoice-removal.js';
import { findInvoice } from '../resources/invoices.js';
import { findLineItem, insertLineItem, lineItemToWire, parseLineItem, type ParsedLineItem } from '../resources/line-items.js';
import {
  findTransaction,
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

export function lineItemRoutes(router: Router): void {
  router
    .post('/v1/import/invoices/:uuid/line_items', async ({ account, params, body }) =>
      created(lineItemToWire(createLineItem(account, findInvoice(account, params.uuid as string), await body()))),
    )
    .get('/v1/line_items', ({ account, query }) => ok(lineItemToWire(findByExternalId(account, 'lineItems', query))))
    .patch('/v1/line_items', async ({ account, query, body }) =>
      ok(lineItemToWire(updateLineItem(account, findByExternalId(account, 'lineItems', query), await body()))),
    )
    .delete('/v1/line_items', ({ account, query }) => {
      removeLineItem(account, findByExternalId(account, 'lineItems', query));
      return noContent();
    })
    .patch('/v1/line_items/disabled_state', async ({ account, query, body }) =>
      ok(lineItemToWire(setDisabled(account, findByExternalId(account, 'lineItems', query), readDisabled(await body())))),
    )
    .get('/v1/line_items/:uuid', ({ account, params }) => ok(lineItemToWire(findLineItem(account, params.uuid as string))))
    .patch('/v1/line_items/:uuid', async ({ account, params, body }) =>
      ok(lineItemToWire(updateLineItem(account, findLineItem(account, params.uuid as string), await body()))),
    )
    .delete('/v1/line_items/:uuid', ({ account, params }) => {
      removeLineItem(account, findLineItem(account, params.uuid as string));
      return noContent();
    })
    .patch('/v1/line_items/:uuid/disabled_state', async ({ account, params, body }) =>
      ok(lineItemToWire(setDisabled(account, findLineItem(account, params.uuid as string), readDisabled(await body())))),
    );
}

export function transactionRoutes(router: Router): void {
  router
    .post('/v1/import/invoices/:uuid/transactions', async ({ account, params, body }) =>
      created(transactionToWire(createTransaction(account, findInvoice(account, params.uuid as string), await body()))),
    )
    .get('/v1/transactions', ({ account, query }) => ok(transactionToWire(findByExternalId(account, 'transactions', query))))
    .patch('/v1/transactions', async ({ account, query, body }) =>
      ok(transactionToWire(updateTransaction(account, findByExternalId(account, 'transactions', query), await body()))),
    )
    .delete('/v1/transactions', ({ account, query }) => {
      removeTransaction(account, findByExternalId(account, 'transactions', query));
      return noContent();
    })
    .patch('/v1/transactions/disabled_state', async ({ account, query, body }) =>
      ok(transactionToWire(setDisabled(account, findByExternalId(account, 'transactions', query), readDisabled(await body())))),
    )
    .get('/v1/transactions/:uuid', ({ account, params }) => ok(transactionToWire(findTransaction(account, params.uuid as string))))
    .patch('/v1/transactions/:uuid', async ({ account, params, body }) =>
      ok(transactionToWire(updateTransaction(account, findTransaction(account, params.uuid as string), await body()))),
    )
    .delete('/v1/transactions/:uuid', ({ account, params }) => {
      removeTransaction(account, findTransaction(account, params.uuid as string));
      return noContent();
    })
    .patch('/v1/transactions/:uuid/disabled_state', async ({ account, params, body }) =>
      ok(transactionToWire(setDisabled(account, findTransaction(account, params.uuid as string), readDisabled(await body())))),
    );
}
