import type { JsonObject } from '../http/body.js';
import { HttpError } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { CustomerRecord, DataSourceRecord } from '../store/records.js';
import { createCustomer } from './customers.js';
import { arrayField, isObject, Problems } from './fields.js';
import { BatchKeys, parseInvoice, storeInvoice } from './invoices.js';
import { createPlan } from './plans.js';
import { createSubscriptionEvent } from './subscription-events.js';
import { insertTransaction, parseTransaction } from './transactions.js';

/*
 * `status_details`, in the shape ChartMogul documents (reference "Track Import Status",
 * dev.chartmogul.com/reference/bulk-import/track-status): plans under `plans`, every other
 * record under its customer's external id, by type, each with a `status`:
 *   { "plans": { "status": "imported" },
 *     "scus_0001": { "status": "imported", "customers": { "status": "imported" }, "invoices": ...,
 *                    "line_items": ..., "transactions": ..., "subscription_events": ... } }
 * The documentation shows no failure. The mock marks the type's entry and the customer's
 * `failed` and lists the failed records in `errors`, each with its `index` in the request's
 * array, its `external_id` and the errors the single-object endpoint answers for it:
 *   "invoices": { "status": "failed", "errors": [{ "index": 0, "external_id": "inv_1",
 *                 "errors": { "currency": "..." } }] }
 * A line item or transaction whose invoice is neither in the import nor in the source has no
 * customer to file it under: it goes under its type at the top (`"line_items": {...}`).
 */

interface Entry {
  status: 'imported' | 'failed';
  errors?: unknown[];
  [type: string]: unknown;
}

const ARRAYS = ['customers', 'plans', 'invoices', 'line_items', 'transactions', 'subscription_events'] as const;

/** The request's objects of one type, each with its position in the array. */
const items = (body: JsonObject, key: string) =>
  (arrayField(body, key) ?? []).map((raw, index) => ({ raw: isObject(raw) ? raw : {}, index }));

const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** How many records the import carries: what the worker's rate is counted in. */
export function recordCount(body: JsonObject): number {
  return ARRAYS.reduce((sum, key) => sum + (arrayField(body, key)?.length ?? 0), 0);
}

/**
 * The customers' external ids whose records the import carries (line items and transactions
 * through their invoice: in this import, an unfinished one, or the source), and its invoices' customers.
 */
export function customersTouched(account: Account, ds: DataSourceRecord, body: JsonObject) {
  const lookup = invoiceOwners(account, ds, body);
  const owners = (invoice: string) => lookup(invoice) ?? account.jsonImportQueue.pendingInvoiceOwner(invoice);
  const touched = new Set<string>();
  for (const { raw } of items(body, 'customers')) if (raw.external_id != null) touched.add(text(raw.external_id));
  for (const key of ['invoices', 'subscription_events']) for (const { raw } of items(body, key)) if (raw.customer_external_id != null) touched.add(text(raw.customer_external_id));
  for (const key of ['line_items', 'transactions']) {
    for (const { raw } of items(body, key)) {
      const owner = owners(text(raw.invoice_external_id));
      if (owner !== undefined) touched.add(owner);
    }
  }
  const invoices = new Map<string, string>();
  for (const { raw } of items(body, 'invoices')) invoices.set(text(raw.external_id), text(raw.customer_external_id));
  return { customers: touched, invoices };
}

/** Invoice external id → its customer's external id: from the import, else from the source's invoices. */
function invoiceOwners(account: Account, ds: DataSourceRecord, body: JsonObject): (invoice: string) => string | undefined {
  const inImport = new Map<string, string>();
  for (const { raw } of items(body, 'invoices')) inImport.set(text(raw.external_id), text(raw.customer_external_id));
  return (invoice) => inImport.get(invoice) ?? externalIdIn(ds, account.collections.invoices.findUnique('external', ds.uuid, invoice)?.customer);
}

const externalIdIn = (ds: DataSourceRecord, customer: CustomerRecord | undefined) =>
  customer?.identities.find((identity) => identity.dataSourceUuid === ds.uuid)?.externalId;

/**
 * Writes the import's records as the single-object endpoints would (customers, plans, invoices
 * with their line items and transactions, then subscription events) and returns `status_details`.
 */
export function applyJsonImport(account: Account, ds: DataSourceRecord, body: JsonObject): Record<string, Entry> {
  const details: Record<string, Entry> = {};
  const entry = (customer: string | undefined, type: string): Entry => {
    if (customer === undefined) return (details[type] ??= { status: 'imported' });
    const parent = (details[customer] ??= { status: 'imported' });
    return (parent[type] ??= { status: 'imported' }) as Entry;
  };
  const outcome = (customer: string | undefined, type: string, index: number, raw: JsonObject, error?: unknown) => {
    const target = entry(customer, type);
    if (error === undefined) return;
    target.status = 'failed';
    (target.errors ??= []).push({ index, external_id: raw.external_id ?? null, errors: (error as { errors?: unknown })?.errors ?? error });
    if (customer !== undefined && details[customer]) details[customer].status = 'failed';
  };
  const attempt = (customer: string | undefined, type: string, index: number, raw: JsonObject, work: () => void) => {
    try {
      work();
      outcome(customer, type, index, raw);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      outcome(customer, type, index, raw, error.body);
    }
  };
  const source = { data_source_uuid: ds.uuid };

  for (const { raw, index } of items(body, 'customers')) attempt(text(raw.external_id), 'customers', index, raw, () => createCustomer(account, { ...raw, ...source }));
  for (const { raw, index } of items(body, 'plans')) attempt(undefined, 'plans', index, raw, () => createPlan(account, { ...raw, ...source }));

  const owners = invoiceOwners(account, ds, body);
  const byInvoice = (key: string) => {
    const map = new Map<string, { raw: JsonObject; index: number }[]>();
    for (const item of items(body, key)) {
      const invoice = text(item.raw.invoice_external_id);
      map.set(invoice, [...(map.get(invoice) ?? []), item]);
    }
    return map;
  };
  const lineItems = byInvoice('line_items');
  const transactions = byInvoice('transactions');
  const batch = new BatchKeys();
  for (const { raw, index } of items(body, 'invoices')) {
    const invoiceId = text(raw.external_id);
    const customerId = text(raw.customer_external_id);
    const lines = lineItems.get(invoiceId) ?? [];
    const payments = transactions.get(invoiceId) ?? [];
    lineItems.delete(invoiceId);
    transactions.delete(invoiceId);
    let failure: unknown;
    attempt(customerId, 'invoices', index, raw, () => {
      try {
        const customer = account.collections.customers.findUnique('external', ds.uuid, customerId);
        if (customer === undefined) throw new HttpError(422, { errors: { customer_external_id: 'Customer not found in this data source.' } });
        const problems = new Problems();
        const invoice = { ...raw, ...source, line_items: lines.map((l) => l.raw), transactions: payments.map((t) => t.raw) };
        const parsed = parseInvoice(account, customer, invoice, problems, batch, { planByExternalId: true });
        if (parsed === undefined) throw new HttpError(422, { errors: problems.errors });
        storeInvoice(account, customer, parsed);
      } catch (error) {
        failure = error instanceof HttpError ? { errors: { invoice_external_id: `The invoice ${invoiceId} was not imported.` } } : undefined;
        throw error;
      }
    });
    // Line items and transactions go in with their invoice, or fail with it.
    for (const line of lines) outcome(customerId, 'line_items', line.index, line.raw, failure);
    for (const payment of payments) outcome(customerId, 'transactions', payment.index, payment.raw, failure);
  }
  // Transactions for an invoice imported earlier (as "Import an Invoice Transaction" would); line items only come with their invoice.
  for (const [invoiceId, payments] of transactions) {
    const invoice = account.collections.invoices.findUnique('external', ds.uuid, invoiceId);
    for (const { raw, index } of payments) {
      attempt(owners(invoiceId), 'transactions', index, raw, () => {
        if (invoice === undefined) throw new HttpError(422, { errors: { invoice_external_id: `Invoice ${invoiceId} not found in this import or this data source.` } });
        const problems = new Problems();
        const parsed = parseTransaction(raw, problems);
        if (parsed === undefined) throw new HttpError(422, { errors: problems.errors });
        insertTransaction(account, invoice, parsed);
      });
    }
  }
  for (const [invoiceId, lines] of lineItems) {
    for (const { raw, index } of lines) {
      outcome(owners(invoiceId), 'line_items', index, raw, { errors: { invoice_external_id: `Invoice ${invoiceId} is not in this import: line items are imported with their invoice.` } });
    }
  }
  for (const { raw, index } of items(body, 'subscription_events')) {
    attempt(text(raw.customer_external_id), 'subscription_events', index, raw, () => createSubscriptionEvent(account, { ...raw, ...source }));
  }
  return details;
}
