import type { JsonObject } from '../http/body.js';
import { importNotFound } from '../http/errors.js';
import type { Account } from '../store/account.js';
import type { DataSourceRecord } from '../store/records.js';
import { isoMillis } from '../time/dates.js';
import { removeCustomer } from './customer-removal.js';
import { Problems, stringField } from './fields.js';
import { removeInvoice } from './invoice-removal.js';

export function findDataSource(account: Account, uuid: string): DataSourceRecord {
  const dataSource = account.collections.dataSources.get(uuid);
  if (dataSource === undefined) throw importNotFound('Data source');
  return dataSource;
}

export function createDataSource(account: Account, body: JsonObject): DataSourceRecord {
  const name = stringField(body, 'name');
  if (name === undefined) new Problems().add('name', 'A name is required for each data source.').throwIfAny();
  return insertDataSource(account, name as string, account.now());
}

export function insertDataSource(account: Account, name: string, createdAt: number): DataSourceRecord {
  return account.collections.dataSources.insert({
    uuid: account.ids.prefixed('ds'),
    seq: account.nextSeq(),
    name,
    system: 'Custom',
    createdAt,
  });
}

export interface DataSourceDetails {
  processingStatus?: boolean;
  autoChurnSetting?: boolean;
  invoiceHandlingSetting?: boolean;
}

const invoiceHandling = {
  create_subscription_when_invoice_is: 'open',
  update_subscription_when_invoice_is: 'open',
  prevent_subscription_for_invoice_voided: true,
  prevent_subscription_for_invoice_refunded: false,
  prevent_subscription_for_invoice_written_off: true,
};

export function dataSourceToWire(account: Account, ds: DataSourceRecord, details: DataSourceDetails = {}) {
  const wire: Record<string, unknown> = {
    uuid: ds.uuid,
    name: ds.name,
    system: ds.system,
    created_at: isoMillis(ds.createdAt),
    status: 'idle',
  };
  if (details.processingStatus) {
    // Imports are processed synchronously: everything imported is processed.
    const processed = account.collections.invoices.group('dataSource', ds.uuid).size;
    wire.processing_status = { processed, failed: 0, pending: 0 };
  }
  if (details.autoChurnSetting) wire.auto_churn_subscription_setting = { enabled: false, interval: null };
  if (details.invoiceHandlingSetting) {
    wire.invoice_handling_setting = { manual: { ...invoiceHandling }, automatic: { ...invoiceHandling } };
  }
  return wire;
}

/**
 * Deletes the data a source holds. `billing` removes invoices (with their line items,
 * transactions and subscriptions) and subscription events; `everything` also removes the
 * source's plans and customers (a customer merged with another source only loses this
 * source's identity).
 */
export function purgeDataSource(account: Account, ds: DataSourceRecord, scope: 'billing' | 'everything'): void {
  const { invoices, subscriptions, subscriptionEvents, plans, customers, jsonImports } = account.collections;
  for (const invoice of [...invoices.group('dataSource', ds.uuid).values()]) removeInvoice(account, invoice);
  for (const subscription of [...subscriptions.values()]) {
    if (subscription.dataSourceUuid === ds.uuid) subscriptions.remove(subscription);
  }
  for (const event of [...subscriptionEvents.values()]) {
    if (event.dataSourceUuid === ds.uuid) subscriptionEvents.remove(event);
  }
  if (scope === 'billing') return;
  for (const plan of [...plans.group('dataSource', ds.uuid).values()]) plans.remove(plan);
  for (const customer of [...customers.group('dataSource', ds.uuid).values()]) {
    const others = customer.identities.filter((identity) => identity.dataSourceUuid !== ds.uuid);
    if (others.length === 0) removeCustomer(account, customer);
    else customers.update(customer, (c) => (c.identities = others));
  }
  for (const jsonImport of [...jsonImports.values()]) {
    if (jsonImport.dataSourceUuid === ds.uuid) jsonImports.remove(jsonImport);
  }
}

export function deleteDataSource(account: Account, ds: DataSourceRecord): void {
  purgeDataSource(account, ds, 'everything');
  account.collections.dataSources.remove(ds);
}
