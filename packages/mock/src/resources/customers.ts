import type { JsonObject } from '../http/body.js';
import { apiError, fieldErrors } from '../http/errors.js';
import { customerSnapshot } from '../metrics/timeline.js';
import type { Account } from '../store/account.js';
import type { CustomerRecord, DataSourceRecord } from '../store/records.js';
import { isoOffset, isoOrNull } from '../time/dates.js';
import { createCrmRecord } from './crm.js';
import { contactKind } from './crm-kinds.js';
import { addCustomAttributes, customValues } from './custom-attributes.js';
import { arrayField, has, nullableString, objectField, Problems, stringField, timestampField } from './fields.js';

export function findCustomer(account: Account, uuid: string): CustomerRecord {
  const customer = account.collections.customers.get(uuid);
  if (customer === undefined) throw apiError(404, `Customer not found: ${uuid}`, 'customer_uuid');
  return customer;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The writable customer fields, shared by create and update (PATCH). */
function applyProfile(customer: CustomerRecord, body: JsonObject): void {
  const email = nullableString(body, 'email');
  if (email !== undefined) {
    if (email !== null && email !== '' && !EMAIL.test(email)) {
      throw apiError(422, 'The value provided does not appear to be a valid email address.', 'email');
    }
    customer.email = email ?? '';
  }
  for (const [key, field] of [['name', 'name'], ['company', 'company']] as const) {
    const value = nullableString(body, key);
    if (value !== undefined) customer[field] = value ?? '';
  }
  for (const [key, field] of [
    ['country', 'country'],
    ['state', 'state'],
    ['city', 'city'],
    ['zip', 'zip'],
    ['owner', 'owner'],
    ['website_url', 'websiteUrl'],
  ] as const) {
    const value = nullableString(body, key);
    if (value !== undefined) customer[field] = value;
  }
  for (const [key, field] of [['lead_created_at', 'leadCreatedAt'], ['free_trial_started_at', 'freeTrialStartedAt']] as const) {
    if (!has(body, key)) continue;
    const value = body[key] === null ? null : timestampField(body, key);
    if (value === undefined) throw apiError(422, `${key} must be a date, for example 2022-10-14 00:00:00.`, key);
    customer[field] = value;
  }
}

function applyAttributes(customer: CustomerRecord, attributes: JsonObject | undefined, replaceCustom: boolean): void {
  if (attributes === undefined) return;
  const tags = arrayField(attributes, 'tags');
  if (tags !== undefined) customer.tags = [...new Set(tags.map(String))];
  const custom = attributes.custom;
  if (Array.isArray(custom)) addCustomAttributes(customer, custom);
  else if (custom !== null && typeof custom === 'object' && replaceCustom) {
    customer.custom = new Map(
      Object.entries(custom as JsonObject).map(([key, value]) => [key, { type: 'String', value, source: 'API' }]),
    );
  }
}

export function createCustomer(account: Account, body: JsonObject): CustomerRecord {
  const problems = new Problems();
  const dsUuid = stringField(body, 'data_source_uuid');
  const dataSource = dsUuid === undefined ? undefined : account.collections.dataSources.get(dsUuid);
  if (dataSource === undefined) problems.add('data_source_uuid', 'A valid data source UUID is required for each customer.');
  const externalId = stringField(body, 'external_id');
  if (externalId === undefined) problems.add('external_id', 'A unique external ID is required for each customer.');
  problems.throwIfAny();
  const customer = newCustomer(account, dataSource as DataSourceRecord, externalId as string, account.now());
  applyProfile(customer, body);
  applyAttributes(customer, objectField(body, 'attributes'), true);
  insertCustomer(account, customer);
  const contact = objectField(body, 'primary_contact');
  if (contact !== undefined) {
    createCrmRecord(account, contactKind, { ...contact, data_source_uuid: (dataSource as DataSourceRecord).uuid }, customer);
  }
  return customer;
}

/** A blank customer record, not stored yet (the seeder fills and inserts thousands of these). */
export function newCustomer(account: Account, ds: DataSourceRecord, externalId: string, createdAt: number): CustomerRecord {
  return {
    uuid: account.ids.prefixed('cus'),
    seq: account.nextSeq(),
    id: account.nextCustomerId(),
    identities: [{ dataSourceUuid: ds.uuid, externalId }],
    name: '',
    email: '',
    company: '',
    country: null,
    state: null,
    city: null,
    zip: null,
    leadCreatedAt: null,
    freeTrialStartedAt: null,
    owner: null,
    websiteUrl: null,
    createdAt,
  };
}

/** Stores a customer; 422 when its external id is taken in its data source. */
export function insertCustomer(account: Account, customer: CustomerRecord): CustomerRecord {
  const { dataSourceUuid, externalId } = customer.identities[0] as CustomerRecord['identities'][number];
  if (account.collections.customers.findUnique('external', dataSourceUuid, externalId) !== undefined) {
    throw fieldErrors({ external_id: 'The external ID for this customer already exists in our system.' });
  }
  return account.collections.customers.insert(customer);
}

export function updateCustomer(account: Account, customer: CustomerRecord, body: JsonObject): CustomerRecord {
  // Validate on a copy first: a 422 must leave the customer as it was, not half updated.
  applyProfile({ ...customer }, body);
  account.collections.customers.update(customer, (c) => {
    applyProfile(c, body);
    applyAttributes(c, objectField(body, 'attributes'), true);
  });
  return customer;
}

const urlName = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '_');

/**
 * A customer's `attributes` as the API answers them since 2025 (recorded 2025-03 and 2026-04):
 * `custom`, `stripe`, `tags`; the `clearbit` object of older answers is gone.
 */
export function customerAttributes(customer: CustomerRecord): Record<string, unknown> {
  return { custom: customValues(customer), stripe: {}, tags: [...(customer.tags ?? [])] };
}

/**
 * The short customer of the bulk attribute endpoints (`POST /v1/customers/attributes/tags` and
 * `.../custom`, by email), as recorded in 2026: no profile, address or MRR fields.
 */
export function bulkCustomerToWire(account: Account, customer: CustomerRecord): Record<string, unknown> {
  const { id, uuid, external_id, name, email, status, 'customer-since': since, attributes } = customerToWire(account, customer);
  return { id, uuid, external_id, name, email, status, 'customer-since': since, attributes };
}

export function customerToWire(account: Account, customer: CustomerRecord): Record<string, unknown> {
  const primary = customer.identities[0] as CustomerRecord['identities'][number];
  const { mrr, status, since } = customerSnapshot(account, customer);
  return {
    id: customer.id,
    uuid: customer.uuid,
    external_id: primary.externalId,
    name: customer.name,
    email: customer.email,
    status,
    'customer-since': isoOrNull(since, isoOffset),
    attributes: customerAttributes(customer),
    data_source_uuid: primary.dataSourceUuid,
    data_source_uuids: [...new Set(customer.identities.map((i) => i.dataSourceUuid))],
    external_ids: customer.identities.map((i) => i.externalId),
    company: customer.company,
    country: customer.country,
    state: customer.state,
    city: customer.city,
    zip: customer.zip,
    lead_created_at: isoOrNull(customer.leadCreatedAt),
    free_trial_started_at: isoOrNull(customer.freeTrialStartedAt),
    address: { country: customer.country, state: customer.state, city: customer.city, address_zip: customer.zip },
    mrr,
    arr: mrr * 12,
    'billing-system-url': null,
    'chartmogul-url': `https://app.chartmogul.com/#/customers/${customer.id}-${urlName(customer.name)}`,
    'billing-system-type': 'Import API',
    currency: account.currency,
    'currency-sign': '$',
    owner: customer.owner,
    website_url: customer.websiteUrl,
  };
}
