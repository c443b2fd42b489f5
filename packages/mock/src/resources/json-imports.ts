import type { JsonObject } from '../http/body.js';
import { HttpError, importNotFound } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { DataSourceRecord, JsonImportRecord } from '../store/records.js';
import { isoSeconds } from '../time/dates.js';
import { createCustomer } from './customers.js';
import { arrayField, isObject, Problems, stringField } from './fields.js';
import { BatchKeys, parseInvoice, storeInvoice } from './invoices.js';
import { createPlan } from './plans.js';
import { createSubscriptionEvent } from './subscription-events.js';

interface Outcome {
  status: 'imported' | 'failed';
  imported: number;
  failed: number;
  errors: unknown[];
}

const outcome = (): Outcome => ({ status: 'imported', imported: 0, failed: 0, errors: [] });

function attempt(result: Outcome, reference: unknown, work: () => void): void {
  try {
    work();
    result.imported++;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    result.failed++;
    result.status = 'failed';
    result.errors.push({ external_id: reference ?? null, errors: error.body });
  }
}

const items = (body: JsonObject, key: string) => (arrayField(body, key) ?? []).filter(isObject);

/**
 * POST /v1/data_sources/{uuid}/json_imports. The real service queues the import; the mock
 * imports at once (customers, plans, then invoices with their line items and transactions
 * found by `invoice_external_id`, then subscription events) and reports per object type.
 */
export function createJsonImport(account: Account, ds: DataSourceRecord, body: JsonObject): JsonImportRecord {
  const details: Record<string, Outcome> = {};
  const track = (key: string) => (details[key] ??= outcome());
  for (const raw of items(body, 'customers')) {
    attempt(track('customers'), raw.external_id, () => createCustomer(account, { ...raw, data_source_uuid: ds.uuid }));
  }
  for (const raw of items(body, 'plans')) {
    attempt(track('plans'), raw.external_id, () => createPlan(account, { ...raw, data_source_uuid: ds.uuid }));
  }
  const byInvoice = (key: string) => {
    const map = new Map<string, JsonObject[]>();
    for (const raw of items(body, key)) {
      const invoiceId = String(raw.invoice_external_id ?? '');
      map.set(invoiceId, [...(map.get(invoiceId) ?? []), raw]);
    }
    return map;
  };
  const lineItems = byInvoice('line_items');
  const transactions = byInvoice('transactions');
  const batch = new BatchKeys();
  for (const raw of items(body, 'invoices')) {
    const externalId = String(raw.external_id ?? '');
    attempt(track('invoices'), raw.external_id, () => {
      const customer = account.collections.customers.findUnique('external', ds.uuid, String(raw.customer_external_id));
      if (customer === undefined) throw new HttpError(422, { customer_external_id: 'Customer not found in this data source.' });
      const problems = new Problems();
      const invoice = { ...raw, data_source_uuid: ds.uuid, line_items: lineItems.get(externalId) ?? [], transactions: transactions.get(externalId) ?? [] };
      const parsed = parseInvoice(account, customer, invoice, problems, batch, { planByExternalId: true });
      if (parsed === undefined) throw new HttpError(422, problems.errors);
      storeInvoice(account, customer, parsed);
      if (parsed.lineItems.length > 0) track('line_items').imported += parsed.lineItems.length;
      if (parsed.transactions.length > 0) track('transactions').imported += parsed.transactions.length;
    });
  }
  for (const raw of items(body, 'subscription_events')) {
    attempt(track('subscription_events'), raw.external_id, () => createSubscriptionEvent(account, { ...raw, data_source_uuid: ds.uuid }));
  }
  const now = account.now();
  return account.collections.jsonImports.insert({
    uuid: account.ids.uuid(),
    seq: account.nextSeq(),
    dataSourceUuid: ds.uuid,
    externalId: stringField(body, 'external_id') ?? null,
    statusDetails: details,
    failed: Object.values(details).some((d) => d.status === 'failed'),
    createdAt: now,
    polled: false,
  });
}

/** By the import's id, or by the `external_id` the client gave it (the docs use both). */
export function findJsonImport(account: Account, ds: DataSourceRecord, id: string): JsonImportRecord {
  const { jsonImports } = account.collections;
  const found = jsonImports.get(id) ?? jsonImports.findUnique('external', ds.uuid, id);
  if (found === undefined || found.dataSourceUuid !== ds.uuid) throw importNotFound('Import');
  return found;
}

/** `queued` in the create answer, `completed` (or `failed`) when retrieved: the work is already done. */
export function jsonImportToWire(record: JsonImportRecord, retrieving: boolean) {
  if (retrieving) record.polled = true;
  const done = record.polled;
  return {
    id: record.uuid,
    data_source_uuid: record.dataSourceUuid,
    status: done ? (record.failed ? 'failed' : 'completed') : 'queued',
    external_id: record.externalId,
    ...(done ? { status_details: record.statusDetails } : {}),
    created_at: isoSeconds(record.createdAt),
    updated_at: isoSeconds(record.createdAt),
  };
}
