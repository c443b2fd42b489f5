import type { JsonObject } from '../http/body.js';
import { apiError } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { CrmRecord, CustomerRecord, Identity } from '../store/records.js';
import { newCustomer } from './customers.js';
import { arrayField, isObject, stringField } from './fields.js';

/** `{ customer_uuid }` or `{ data_source_uuid, external_id }`, as merges name a customer. */
function namedCustomer(account: Account, body: JsonObject, side: 'from' | 'into'): CustomerRecord {
  const ref = body[side];
  if (!isObject(ref)) throw apiError(422, `${side} is required: { customer_uuid } or { data_source_uuid, external_id }.`, side);
  const uuid = stringField(ref, 'customer_uuid');
  const { customers } = account.collections;
  const customer =
    uuid !== undefined
      ? customers.get(uuid)
      : customers.findUnique('external', stringField(ref, 'data_source_uuid'), stringField(ref, 'external_id'));
  if (customer === undefined) throw apiError(422, `The ${side} customer was not found.`, side);
  return customer;
}

function moveCrmRecords(account: Account, from: CustomerRecord, to: CustomerRecord, kinds: Array<'contacts' | 'notes' | 'opportunities' | 'tasks'>, accept: (record: CrmRecord) => boolean = () => true) {
  for (const kind of kinds) {
    const collection = account.collections[kind];
    for (const record of [...collection.group('customer', from.uuid).values()]) {
      if (accept(record)) collection.update(record, (r) => (r.customer = to));
    }
  }
}

/** POST /v1/customers/merges: `from`'s identities, invoices, subscriptions and CRM records move into `into`. */
export function mergeCustomers(account: Account, body: JsonObject): void {
  const from = namedCustomer(account, body, 'from');
  const into = namedCustomer(account, body, 'into');
  if (from === into) throw apiError(422, 'A customer cannot be merged into itself.', 'into');
  const { customers, invoices, subscriptions } = account.collections;
  for (const invoice of [...invoices.group('customer', from.uuid).values()]) invoices.update(invoice, (i) => (i.customer = into));
  for (const subscription of subscriptions.values()) {
    if (subscription.originCustomer === from) subscription.originCustomer = into;
  }
  for (const subscription of [...subscriptions.group('customer', from.uuid).values()]) {
    subscriptions.update(subscription, (s) => (s.customer = into));
  }
  moveCrmRecords(account, from, into, ['contacts', 'notes', 'opportunities', 'tasks']);
  const identities = from.identities;
  customers.remove(from);
  customers.update(into, (c) => {
    c.identities = [...c.identities, ...identities];
    c.tags = [...new Set([...(c.tags ?? []), ...(from.tags ?? [])])];
    if (from.custom !== undefined) c.custom = new Map([...from.custom, ...(c.custom ?? [])]);
    c.name ||= from.name;
    c.email ||= from.email;
    c.company ||= from.company;
  });
}

/** POST /v1/customers/unmerges: one identity of a merged customer becomes a customer of its own again. */
export function unmergeCustomer(account: Account, body: JsonObject): CustomerRecord {
  const uuid = stringField(body, 'customer_uuid') ?? '';
  const { customers, invoices, subscriptions, dataSources } = account.collections;
  const customer = customers.get(uuid);
  if (customer === undefined) throw apiError(422, `Customer not found: ${uuid}`, 'customer_uuid');
  const ds = stringField(body, 'data_source_uuid');
  const externalId = stringField(body, 'external_id');
  const identity = customer.identities.find((i) => i.dataSourceUuid === ds && i.externalId === externalId);
  if (identity === undefined || customer.identities.length < 2) {
    throw apiError(422, 'The customer was not merged from that data source and external id.', 'external_id');
  }
  const dataSource = dataSources.get(identity.dataSourceUuid);
  if (dataSource === undefined) throw apiError(422, 'Data source not found.', 'data_source_uuid');
  const split = newCustomer(account, dataSource, identity.externalId, account.now());
  Object.assign(split, { name: customer.name, email: customer.email, company: customer.company, country: customer.country });
  customers.update(customer, (c) => (c.identities = c.identities.filter((i: Identity) => i !== identity)));
  customers.insert(split);
  const belongs = (ds2: string, ext: string | null) => ds2 === identity.dataSourceUuid && ext === identity.externalId;
  const moved = new Set<unknown>();
  for (const invoice of [...invoices.group('customer', customer.uuid).values()]) {
    if (!belongs(invoice.dataSourceUuid, invoice.customerExternalId)) continue;
    invoices.update(invoice, (i) => (i.customer = split));
    moved.add(invoice);
  }
  for (const subscription of [...subscriptions.group('customer', customer.uuid).values()]) {
    if (subscription.items.length === 0 || !subscription.items.every((item) => moved.has(item.invoice))) continue;
    subscriptions.update(subscription, (s) => {
      s.customer = split;
      s.originCustomer = split;
    });
  }
  moveCrmRecords(account, customer, split, ['contacts'], (r) => belongs(String(r.fields.data_source_uuid), (r.fields.customer_external_id as string | null) ?? null));
  const extra = (arrayField(body, 'move_to_new_customer') ?? []).map(String);
  moveCrmRecords(account, customer, split, (['notes', 'opportunities', 'tasks'] as const).filter((k) => extra.includes(k)));
  return split;
}
