import type { JsonObject } from '../http/body.js';
import { detailedError, fieldErrors, HttpError } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { CustomerRecord, InvoiceRecord, PlanRecord } from '../store/records.js';
import { isoMillis, isoOrNull } from '../time/dates.js';
import { disabledToWire } from './disabling.js';
import { arrayField, isObject, nullableString, Problems, stringField, timestampField } from './fields.js';
import { removeLineItem, removeTransaction } from './invoice-removal.js';
import { insertLineItem, lineItemToWire, parseLineItem, type ParsedLineItem } from './line-items.js';
import { insertTransaction, parseTransaction, transactionToWire, type ParsedTransaction } from './transactions.js';

export function findInvoice(account: Account, uuid: string): InvoiceRecord {
  const invoice = account.collections.invoices.get(uuid);
  if (invoice === undefined) throw detailedError(404, 'Invoice not found', 'invoice');
  return invoice;
}

export interface ParsedInvoice {
  externalId: string;
  dataSourceUuid: string;
  customerExternalId: string | null;
  date: number;
  dueDate: number | null;
  currency: string;
  collectionMethod: string | null;
  lineItems: ParsedLineItem[];
  transactions: ParsedTransaction[];
}

/** Tracks external ids taken earlier in the same request, so a batch cannot collide with itself. */
export class BatchKeys {
  private readonly taken = new Set<string>();
  claim(kind: string, key: string): boolean {
    const full = `${kind}|${key}`;
    if (this.taken.has(full)) return false;
    this.taken.add(full);
    return true;
  }
}

/**
 * Validates one invoice of an import against the account: its data source, a free external
 * id (unless `replacing`), its line items (plans from the same source) and transactions.
 */
export function parseInvoice(
  account: Account,
  customer: CustomerRecord,
  raw: JsonObject,
  problems: Problems,
  batch: BatchKeys,
  options: { replacing?: boolean; planByExternalId?: boolean } = {},
): ParsedInvoice | undefined {
  const { invoices, lineItems, transactions, plans, dataSources } = account.collections;
  const primary = customer.identities[0] as CustomerRecord['identities'][number];
  const dataSourceUuid = stringField(raw, 'data_source_uuid') ?? primary.dataSourceUuid;
  if (dataSources.get(dataSourceUuid) === undefined) problems.add('data_source_uuid', 'A valid data source UUID is required for each invoice.');
  const externalId = stringField(raw, 'external_id');
  if (externalId === undefined) problems.add('external_id', 'An external ID is required for each invoice.');
  else if ((!options.replacing && invoices.findUnique('external', dataSourceUuid, externalId)) || !batch.claim('inv', `${dataSourceUuid}|${externalId}`)) {
    problems.add('external_id', 'The external ID for this invoice already exists in our system.');
  }
  const date = timestampField(raw, 'date');
  if (date === undefined) problems.add('date', 'A valid date is required for each invoice.');
  const currency = stringField(raw, 'currency');
  if (currency === undefined || !/^[A-Za-z]{3}$/.test(currency)) problems.add('currency', 'A valid ISO 4217 currency code is required.');
  const dueDate = raw.due_date == null ? null : (timestampField(raw, 'due_date') ?? Number.NaN);
  if (Number.isNaN(dueDate)) problems.add('due_date', 'The due date is not a valid date.');

  const resolvePlan = (item: JsonObject): PlanRecord | undefined => {
    const uuid = stringField(item, 'plan_uuid');
    const external = options.planByExternalId ? stringField(item, 'plan_external_id') : undefined;
    const plan = uuid !== undefined ? plans.get(uuid) : external !== undefined ? plans.findUnique('external', dataSourceUuid, external) : undefined;
    return plan?.dataSourceUuid === dataSourceUuid ? plan : undefined;
  };
  const parsedItems: ParsedLineItem[] = [];
  for (const rawItem of arrayField(raw, 'line_items') ?? []) {
    const scope = problems.scoped('line_items');
    const parsed = isObject(rawItem) ? parseLineItem(rawItem, scope, resolvePlan) : scope.add('type', 'Each line item must be an object.');
    if (parsed === undefined) continue;
    const key = `${dataSourceUuid}|${parsed.externalId}`;
    if (parsed.externalId !== null && ((!options.replacing && lineItems.findUnique('external', dataSourceUuid, parsed.externalId)) || !batch.claim('li', key))) {
      scope.add('external_id', 'has already been taken');
    }
    parsedItems.push(parsed);
  }
  const parsedTransactions: ParsedTransaction[] = [];
  for (const rawTransaction of arrayField(raw, 'transactions') ?? []) {
    const scope = problems.scoped('transactions');
    const parsed = isObject(rawTransaction) ? parseTransaction(rawTransaction, scope) : scope.add('type', 'Each transaction must be an object.');
    if (parsed === undefined) continue;
    const key = `${dataSourceUuid}|${parsed.externalId}`;
    if (parsed.externalId !== null && ((!options.replacing && transactions.findUnique('external', dataSourceUuid, parsed.externalId)) || !batch.claim('tr', key))) {
      scope.add('external_id', 'has already been taken');
    }
    parsedTransactions.push(parsed);
  }
  if (!problems.empty) return undefined;
  const identity = customer.identities.find((i) => i.dataSourceUuid === dataSourceUuid) ?? primary;
  return {
    externalId: externalId as string,
    dataSourceUuid,
    customerExternalId: stringField(raw, 'customer_external_id') ?? identity.externalId,
    date: date as number,
    dueDate,
    currency: (currency as string).toUpperCase(),
    collectionMethod: nullableString(raw, 'collection_method') ?? null,
    lineItems: parsedItems,
    transactions: parsedTransactions,
  };
}

/** Stores a validated invoice, or replaces the contents of the one with the same external id. */
export function storeInvoice(account: Account, customer: CustomerRecord, parsed: ParsedInvoice): InvoiceRecord {
  const { invoices } = account.collections;
  let invoice = invoices.findUnique('external', parsed.dataSourceUuid, parsed.externalId);
  const fields = {
    customerExternalId: parsed.customerExternalId,
    date: parsed.date,
    dueDate: parsed.dueDate,
    currency: parsed.currency,
    collectionMethod: parsed.collectionMethod,
  };
  if (invoice === undefined) {
    invoice = invoices.insert({
      uuid: account.ids.prefixed('inv'),
      seq: account.nextSeq(),
      externalId: parsed.externalId,
      dataSourceUuid: parsed.dataSourceUuid,
      customer,
      ...fields,
      lineItems: [],
      transactions: [],
      createdAt: account.now(),
    });
  } else {
    for (const item of [...invoice.lineItems]) removeLineItem(account, item);
    for (const transaction of [...invoice.transactions]) removeTransaction(account, transaction);
    Object.assign(invoice, fields);
  }
  for (const item of parsed.lineItems) insertLineItem(account, invoice, item);
  for (const transaction of parsed.transactions) insertTransaction(account, invoice, transaction);
  return invoice;
}

/**
 * POST (and the Ruby library's PUT) /v1/import/customers/{uuid}/invoices. All or nothing:
 * when any invoice is invalid nothing is stored and the 422 lists every invoice with its
 * `errors` (empty for the valid ones), the same `errors` field a successful import returns.
 */
export function importInvoices(account: Account, customer: CustomerRecord, body: JsonObject, replacing: boolean): InvoiceRecord[] {
  const raws = arrayField(body, 'invoices');
  if (raws === undefined || raws.length === 0) throw fieldErrors({ invoices: 'At least one invoice is required.' });
  const batch = new BatchKeys();
  const results = raws.map((raw) => {
    const problems = new Problems();
    const parsed = isObject(raw) ? parseInvoice(account, customer, raw, problems, batch, { replacing }) : undefined;
    if (!isObject(raw)) problems.add('invoice', 'Each invoice must be an object.');
    return { raw, parsed, problems };
  });
  if (results.some((result) => result.parsed === undefined)) {
    throw new HttpError(422, {
      invoices: results.map(({ raw, problems }) => ({
        external_id: isObject(raw) ? (raw.external_id ?? null) : null,
        errors: problems.errors,
      })),
    });
  }
  return results.map(({ parsed }) => storeInvoice(account, customer, parsed as ParsedInvoice));
}

/** open, paid or refunded from the transactions, unless voided or written off by hand. */
export function invoiceStatus(invoice: InvoiceRecord): string {
  if (invoice.statusOverride !== undefined) return invoice.statusOverride;
  const successful = invoice.transactions.filter((t) => t.result === 'successful' && t.disabled === undefined);
  if (successful.some((t) => t.type === 'refund')) return 'refunded';
  return successful.some((t) => t.type === 'payment') ? 'paid' : 'open';
}

/**
 * An invoice; `listed` for `GET /v1/invoices`, whose line items also carry `balance_transfer`
 * (recorded 2023; the same invoice retrieved by uuid has no such field).
 */
export function invoiceToWire(invoice: InvoiceRecord, withCustomer = true, listed = false): Record<string, unknown> {
  return {
    uuid: invoice.uuid,
    ...(withCustomer ? { customer_uuid: invoice.customer.uuid } : {}),
    external_id: invoice.externalId,
    date: isoMillis(invoice.date),
    due_date: isoOrNull(invoice.dueDate),
    currency: invoice.currency,
    customer_external_id: invoice.customerExternalId,
    data_source_uuid: invoice.dataSourceUuid,
    collection_method: invoice.collectionMethod,
    status: invoiceStatus(invoice),
    errors: {},
    ...disabledToWire(invoice.disabled),
    user_created: false,
    line_items: invoice.lineItems.map((item) => (listed ? { ...lineItemToWire(item), balance_transfer: null } : lineItemToWire(item))),
    transactions: invoice.transactions.map(transactionToWire),
  };
}
