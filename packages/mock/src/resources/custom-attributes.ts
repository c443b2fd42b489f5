import type { JsonObject } from '../http/body.js';
import { apiError } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { CustomAttribute, CustomerRecord } from '../store/records.js';
import { isoMillis, parseTimestamp } from '../time/dates.js';
import { isObject } from './fields.js';

const TYPES = new Set(['String', 'Integer', 'Decimal', 'Timestamp', 'Boolean']);

/** The value as ChartMogul stores a custom attribute of that type (422 when it does not fit). */
function coerce(type: string, key: string, value: unknown): unknown {
  if (value === null) return null;
  switch (type) {
    case 'Integer':
      if (Number.isInteger(Number(value)) && String(value).trim() !== '') return Number(value);
      break;
    case 'Decimal':
      if (Number.isFinite(Number(value)) && String(value).trim() !== '') return Number(value);
      break;
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      break;
    case 'Timestamp': {
      const ms = parseTimestamp(value);
      if (ms !== undefined) return isoMillis(ms);
      break;
    }
    default:
      if (typeof value === 'string' && value.length <= 255) return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  throw apiError(422, `The value of custom attribute "${key}" is not a valid ${type}.`, 'custom');
}

/** Adds `[{ type, key, value, source }]` definitions (POST .../attributes/custom, and customer create). */
export function addCustomAttributes(customer: CustomerRecord, definitions: unknown[]): void {
  const custom = (customer.custom ??= new Map<string, CustomAttribute>());
  for (const definition of definitions) {
    if (!isObject(definition) || typeof definition.key !== 'string' || definition.key === '') {
      throw apiError(422, 'Each custom attribute needs a key, a type and a value.', 'custom');
    }
    const type = typeof definition.type === 'string' ? definition.type : 'String';
    if (!TYPES.has(type)) throw apiError(422, `Unknown custom attribute type "${type}".`, 'custom');
    const source = typeof definition.source === 'string' ? definition.source : 'API';
    custom.set(definition.key, { type, value: coerce(type, definition.key, definition.value), source });
  }
}

/** Sets values of `{ key: value }` (PUT .../attributes/custom); keys not yet defined become Strings. */
export function updateCustomAttributes(customer: CustomerRecord, values: JsonObject): void {
  const custom = (customer.custom ??= new Map<string, CustomAttribute>());
  for (const [key, value] of Object.entries(values)) {
    const existing = custom.get(key);
    const type = existing?.type ?? 'String';
    custom.set(key, { type, value: coerce(type, key, value), source: existing?.source ?? 'API' });
  }
}

export function removeCustomAttributes(customer: CustomerRecord, keys: unknown[]): void {
  for (const key of keys) customer.custom?.delete(String(key));
}

export function customValues(customer: CustomerRecord): Record<string, unknown> {
  // No prototype: a key named `__proto__` is a field like any other, not a lost write to the prototype.
  const values: Record<string, unknown> = Object.create(null);
  for (const [key, attribute] of customer.custom ?? []) values[key] = attribute.value;
  return values;
}

export function addTags(customer: CustomerRecord, tags: unknown[]): void {
  customer.tags = [...new Set([...(customer.tags ?? []), ...tags.map(String)])];
}

export function removeTags(customer: CustomerRecord, tags: unknown[]): void {
  const removed = new Set(tags.map(String));
  customer.tags = (customer.tags ?? []).filter((tag) => !removed.has(tag));
}

/** The customers an email finds (tags/custom by email, and search); 404 as the API words it when none. */
export function customersByEmail(account: Account, email: string): CustomerRecord[] {
  const found = [...account.collections.customers.group('email', email.toLowerCase()).values()];
  if (found.length === 0) throw apiError(404, `Can't find any customers with email: "${email}"`, 'email');
  return found;
}
