import type { JsonObject } from '../http/body.js';
import { detailedError, missingParameter } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { InvoiceRecord, LineItemRecord, PlanRecord, TransactionRecord } from '../store/records.js';
import { disabledState } from './disabling.js';
import { has, integerField, nullableString, stringField, timestampField } from './fields.js';
import { TRANSACTION_RESULTS, TRANSACTION_TYPES } from './transactions.js';

/** `?data_source_uuid=&external_id=`: how the by-external-id operations name a record. */
export function externalKey(query: URLSearchParams): [string, string] {
  const ds = query.get('data_source_uuid');
  if (ds === null || ds === '') throw missingParameter('data_source_uuid');
  const externalId = query.get('external_id');
  if (externalId === null || externalId === '') throw missingParameter('external_id');
  return [ds, externalId];
}

type Kind = 'invoices' | 'lineItems' | 'transactions';
const LABELS: Record<Kind, [string, string]> = {
  invoices: ['Invoice not found', 'invoice'],
  lineItems: ['Line item not found', 'line_item'],
  transactions: ['Transaction not found', 'transaction'],
};

export function findByExternalId<K extends Kind>(account: Account, kind: K, query: URLSearchParams) {
  const record = account.collections[kind].findUnique('external', ...externalKey(query));
  const [message, param] = LABELS[kind];
  if (record === undefined) throw detailedError(404, message, param);
  return record as NonNullable<ReturnType<Account['collections'][K]['get']>>;
}

function timestamp(body: JsonObject, key: string, nullable = false): number | null | undefined {
  if (!has(body, key)) return undefined;
  if (nullable && body[key] === null) return null;
  const value = timestampField(body, key);
  if (value === undefined) throw detailedError(422, `${key} is not a valid date`, key);
  return value;
}

/** The collection operations a change of `external_id` needs. */
interface Renamable<T> {
  findUnique(name: 'external', scope: string, key: string): T | undefined;
  update(record: T, mutate: (record: T) => void): void;
}

/** Applies a new `external_id` from the body; 422 when another record of the source has it. */
function rename<T extends { externalId: string | null }>(collection: Renamable<T>, record: T, body: JsonObject, ds: string) {
  const externalId = nullableString(body, 'external_id');
  if (externalId === undefined || externalId === record.externalId) return;
  if (externalId !== null && collection.findUnique('external', ds, externalId) !== undefined) {
    throw detailedError(422, 'External ID has already been taken', 'external_id');
  }
  collection.update(record, (r) => (r.externalId = externalId));
}

export function updateInvoice(account: Account, invoice: InvoiceRecord, body: JsonObject): InvoiceRecord {
  const date = timestamp(body, 'date');
  const dueDate = timestamp(body, 'due_date', true);
  const currency = stringField(body, 'currency');
  if (has(body, 'currency') && (currency === undefined || !/^[A-Za-z]{3}$/.test(currency))) {
    throw detailedError(422, 'currency is not a valid ISO 4217 code', 'currency');
  }
  rename(account.collections.invoices, invoice, body, invoice.dataSourceUuid);
  if (date != null) invoice.date = date;
  if (dueDate !== undefined) invoice.dueDate = dueDate;
  if (currency !== undefined) invoice.currency = currency.toUpperCase();
  const method = nullableString(body, 'collection_method');
  if (method !== undefined) invoice.collectionMethod = method;
  const customerExternalId = nullableString(body, 'customer_external_id');
  if (customerExternalId !== undefined) invoice.customerExternalId = customerExternalId;
  return invoice;
}

/** `{ disabled }` as the disabled-state endpoints take it. */
export function readDisabled(body: JsonObject): boolean {
  if (typeof body.disabled !== 'boolean') throw detailedError(422, 'disabled must be true or false', 'disabled');
  return body.disabled;
}

/** Disabling an invoice disables its line items and transactions; enabling it enables them. */
export function setInvoiceDisabled(account: Account, invoice: InvoiceRecord, disabled: boolean): InvoiceRecord {
  invoice.disabled = disabledState(account, invoice.disabled, disabled);
  for (const item of invoice.lineItems) item.disabled = disabledState(account, item.disabled, disabled);
  for (const transaction of invoice.transactions) transaction.disabled = disabledState(account, transaction.disabled, disabled);
  return invoice;
}

export function setDisabled<T extends LineItemRecord | TransactionRecord>(account: Account, record: T, disabled: boolean): T {
  record.disabled = disabledState(account, record.disabled, disabled);
  return record;
}

const STATUSES = ['voided', 'written_off'] as const;

/** PUT /v1/data_sources/{ds}/invoices/{external_id}/status. */
export function updateInvoiceStatus(account: Account, ds: string, externalId: string, body: JsonObject): void {
  const invoice = account.collections.invoices.findUnique('external', ds, externalId);
  if (invoice === undefined) throw detailedError(404, 'Invoice not found', 'invoice');
  const status = stringField(body, 'status');
  if (status === undefined || !(STATUSES as readonly string[]).includes(status)) {
    throw detailedError(422, "status must be 'voided' or 'written_off'", 'status');
  }
  invoice.statusOverride = status as (typeof STATUSES)[number];
}

export function updateLineItem(account: Account, item: LineItemRecord, body: JsonObject): LineItemRecord {
  const amount = has(body, 'amount_in_cents') ? integerField(body, 'amount_in_cents') : item.amountInCents;
  const quantity = has(body, 'quantity') ? integerField(body, 'quantity') : item.quantity;
  if (amount === undefined) throw detailedError(422, 'amount_in_cents must be an integer', 'amount_in_cents');
  if (quantity === undefined) throw detailedError(422, 'quantity must be an integer', 'quantity');
  let plan: PlanRecord | null = item.plan;
  if (has(body, 'plan_uuid')) {
    plan = account.collections.plans.get(String(body.plan_uuid)) ?? null;
    if (plan === null || plan.dataSourceUuid !== item.invoice.dataSourceUuid) throw detailedError(422, 'Plan not found', 'plan_uuid');
  }
  const start = timestamp(body, 'service_period_start');
  const end = timestamp(body, 'service_period_end', true);
  rename(account.collections.lineItems, item, body, item.invoice.dataSourceUuid);
  item.amountInCents = amount;
  item.quantity = quantity;
  item.plan = plan;
  if (start != null) item.servicePeriodStart = start;
  if (end !== undefined) item.servicePeriodEnd = end;
  const details = { ...item.details };
  for (const key of ['description', 'prorated', 'proration_type', 'discount_code', 'discount_amount_in_cents', 'tax_amount_in_cents', 'transaction_fees_in_cents', 'transaction_fees_currency', 'discount_description', 'event_order', 'account_code'] as const) {
    if (has(body, key)) (details as Record<string, unknown>)[key] = body[key];
  }
  item.details = details;
  return item;
}

export function updateTransaction(account: Account, transaction: TransactionRecord, body: JsonObject): TransactionRecord {
  const type = stringField(body, 'type');
  if (has(body, 'type') && (type === undefined || !TRANSACTION_TYPES.includes(type))) throw detailedError(422, "type must be 'payment' or 'refund'", 'type');
  const result = stringField(body, 'result');
  if (has(body, 'result') && (result === undefined || !TRANSACTION_RESULTS.includes(result))) throw detailedError(422, "result must be 'successful' or 'failed'", 'result');
  const date = timestamp(body, 'date');
  rename(account.collections.transactions, transaction, body, transaction.invoice.dataSourceUuid);
  if (type !== undefined) transaction.type = type;
  if (result !== undefined) transaction.result = result;
  if (date != null) transaction.date = date;
  if (has(body, 'amount_in_cents')) transaction.amountInCents = integerField(body, 'amount_in_cents') ?? null;
  if (has(body, 'transaction_fees_in_cents')) transaction.transactionFeesInCents = integerField(body, 'transaction_fees_in_cents') ?? null;
  const feesCurrency = nullableString(body, 'transaction_fees_currency');
  if (feesCurrency !== undefined) transaction.transactionFeesCurrency = feesCurrency;
  return transaction;
}
