import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import { toJSONBody } from '../request/json-body.js';
import type { BulkRecordType } from './types.js';

/** A record's type, its JSON and the ids that tie it to the rest (the record itself is not kept: its JSON is smaller). */
export interface ClassifiedRecord {
  readonly type: BulkRecordType;
  /** The record's value as JSON, exactly as it goes into the request. */
  readonly json: string;
  /** The record's own external id, when its type has one. */
  readonly externalId: string | undefined;
  /** Customers, invoices and events: the customer's external id. */
  readonly customer: string | undefined;
  /** Line items and transactions: the invoice's external id. */
  readonly invoice: string | undefined;
  /** Line items and events: the plan they name. */
  readonly plan: string | undefined;
}

/** The request's array for each record type, in the order ChartMogul imports them: plans before what names them. */
export const ARRAY_OF: Readonly<Record<BulkRecordType, string>> = {
  customer: 'customers',
  plan: 'plans',
  invoice: 'invoices',
  line_item: 'line_items',
  transaction: 'transactions',
  subscription_event: 'subscription_events',
};

const TYPES = Object.keys(ARRAY_OF) as BulkRecordType[];

/** The ids each type must carry to be placed in a batch (ChartMogul requires them too). */
const REQUIRED: Readonly<Record<BulkRecordType, readonly string[]>> = {
  customer: ['external_id'],
  plan: ['external_id'],
  invoice: ['external_id', 'customer_external_id'],
  line_item: ['invoice_external_id'],
  transaction: ['invoice_external_id'],
  subscription_event: ['external_id', 'customer_external_id'],
};

const id = (value: Record<string, unknown>, key: string) => {
  const found = value[key];
  return typeof found === 'string' && found !== '' ? found : undefined;
};

/**
 * The record's type and ties, or why it cannot be imported. A bad record fails (it is reported
 * with its reason and can be fixed and fed back) rather than being skipped: skipped is kept for
 * records an abort left untried.
 */
export function classify(record: unknown): ClassifiedRecord | string {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return `A record must be an object with one key naming its type (${TYPES.join(', ')}).`;
  }
  const keys = Object.keys(record);
  const type = keys[0] as BulkRecordType;
  if (keys.length !== 1 || !TYPES.includes(type)) {
    const named = keys.length === 0 ? 'no key' : `keys ${keys.map((key) => JSON.stringify(key)).join(', ')}`;
    return `A record must have exactly one key naming its type (${TYPES.join(', ')}); this one has ${named}.`;
  }
  const value = (record as Record<string, unknown>)[type];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `The ${type} must be an object.`;
  const fields = value as Record<string, unknown>;
  const missing = REQUIRED[type].filter((key) => id(fields, key) === undefined);
  if (missing.length > 0) return `The ${type} has no ${missing.join(' nor ')} (a non-empty string is required).`;
  let json: string;
  try {
    json = toJSONBody('bulkImport', fields);
  } catch (error) {
    return error instanceof InvalidParameterError ? `The ${type} cannot be sent as JSON: ${error.message}` : String(error);
  }
  return {
    type,
    json,
    externalId: id(fields, 'external_id'),
    customer: type === 'customer' ? id(fields, 'external_id') : id(fields, 'customer_external_id'),
    invoice: id(fields, 'invoice_external_id'),
    plan: id(fields, 'plan_external_id'),
  };
}

/** Bytes of `text` in UTF-8, without encoding it (JSON escapes lone surrogates, so pairs are 2 + 2). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
