import type { JsonObject } from '../http/body.js';
import { apiError } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { CrmRecord, CustomerRecord } from '../store/records.js';
import { isoMillis } from '../time/dates.js';
import type { CrmKind } from './crm-kinds.js';
import { has, isObject, stringField } from './fields.js';

export function findCrmRecord(account: Account, kind: CrmKind, uuid: string): CrmRecord {
  const record = kind.collection(account).get(uuid);
  if (record === undefined) throw apiError(404, `${kind.label} not found: ${uuid}`, kind.idField);
  return record;
}

/** The customer a CRM write names: by `customer_uuid`, or a contact's source and customer external id. */
function customerOf(account: Account, body: JsonObject): CustomerRecord | undefined {
  const uuid = stringField(body, 'customer_uuid');
  if (uuid !== undefined) {
    const customer = account.collections.customers.get(uuid);
    if (customer === undefined) throw apiError(422, `Customer not found: ${uuid}`, 'customer_uuid');
    return customer;
  }
  const ds = stringField(body, 'data_source_uuid');
  const externalId = stringField(body, 'customer_external_id');
  if (ds === undefined || externalId === undefined) return undefined;
  const customer = account.collections.customers.findUnique('external', ds, externalId);
  if (customer === undefined) throw apiError(422, `Customer not found: ${externalId}`, 'customer_external_id');
  return customer;
}

function applyFields(kind: CrmKind, record: CrmRecord, body: JsonObject): void {
  for (const field of Object.keys(kind.defaults)) {
    if (!has(body, field) || field === 'customer_uuid') continue;
    let value = body[field];
    if (kind.timestamps.includes(field) && value !== null) {
      const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(ms)) throw apiError(422, `${field} must be a date.`, field);
      value = isoMillis(ms);
    }
    record.fields[field] = value;
  }
  if (kind.customField && Array.isArray(body.custom)) {
    const custom = { ...(record.fields.custom as Record<string, unknown> | undefined) };
    for (const entry of body.custom) if (isObject(entry) && typeof entry.key === 'string') custom[entry.key] = entry.value;
    record.fields.custom = custom;
  }
}

export function createCrmRecord(account: Account, kind: CrmKind, body: JsonObject, customer?: CustomerRecord): CrmRecord {
  const owner = customer ?? customerOf(account, body);
  if (owner === undefined) throw apiError(422, 'customer_uuid is required.', 'customer_uuid');
  for (const field of kind.required) {
    if (!has(body, field) || body[field] === null || body[field] === '') {
      throw apiError(422, `${field} is required.`, field);
    }
  }
  const now = account.now();
  const record: CrmRecord = {
    uuid: kind.prefix === null ? account.ids.uuid() : account.ids.prefixed(kind.prefix),
    seq: account.nextSeq(),
    customer: owner,
    fields: {},
    createdAt: now,
    updatedAt: now,
  };
  if ('customer_external_id' in kind.defaults) {
    // Contacts carry their customer's source and external id.
    const identity = owner.identities[0];
    record.fields.data_source_uuid = identity?.dataSourceUuid ?? null;
    record.fields.customer_external_id = identity?.externalId ?? null;
  }
  applyFields(kind, record, body);
  if (kind.dated && typeof body.created_at === 'string' && !Number.isNaN(Date.parse(body.created_at))) {
    record.createdAt = Date.parse(body.created_at);
  }
  return kind.collection(account).insert(record);
}

export function updateCrmRecord(account: Account, kind: CrmKind, record: CrmRecord, body: JsonObject): CrmRecord {
  const customer = has(body, 'customer_uuid') ? customerOf(account, body) : undefined;
  // Validate on a copy first: a 422 must leave the record as it was, not half updated.
  applyFields(kind, { ...record, fields: { ...record.fields } }, body);
  kind.collection(account).update(record, (r) => {
    if (customer !== undefined) r.customer = customer;
    applyFields(kind, r, body);
    r.updatedAt = account.now();
  });
  return record;
}

/** Merges contact `from` into `into`: `into` keeps its values and takes `from`'s where it has none. */
export function mergeContacts(account: Account, kind: CrmKind, into: CrmRecord, from: CrmRecord): CrmRecord {
  for (const [field, value] of Object.entries(from.fields)) {
    const current = into.fields[field];
    if (field === 'custom') into.fields.custom = { ...(value as object), ...(current as object | undefined) };
    else if ((current === undefined || current === null || current === '') && value !== null) into.fields[field] = value;
  }
  into.updatedAt = account.now();
  kind.collection(account).remove(from);
  return into;
}

/** The record as the API shows it; `written` when answering a create or update of the record. */
export function crmToWire(kind: CrmKind, record: CrmRecord, written = false): Record<string, unknown> {
  const wire: Record<string, unknown> = { [kind.idField]: record.uuid, customer_uuid: record.customer?.uuid ?? null };
  for (const [field, fallback] of Object.entries(kind.defaults)) {
    if (!written && kind.echoedOnly?.includes(field)) continue;
    wire[field] = record.fields[field] ?? fallback;
  }
  if (kind.customField) wire.custom = record.fields.custom ?? {};
  if (kind.dated) {
    wire.created_at = isoMillis(record.createdAt);
    wire.updated_at = isoMillis(record.updatedAt);
  }
  return wire;
}
