import type { Account } from '../store/account.js';
import type { CustomerRecord } from '../store/records.js';
import { removeInvoice } from './invoice-removal.js';

/** Deletes a customer with everything that belongs to it: invoices, subscriptions and CRM records. */
export function removeCustomer(account: Account, customer: CustomerRecord): void {
  const { customers, invoices, subscriptions, contacts, notes, opportunities, tasks } = account.collections;
  for (const invoice of [...invoices.group('customer', customer.uuid).values()]) removeInvoice(account, invoice);
  for (const subscription of [...subscriptions.group('customer', customer.uuid).values()]) {
    // A subscription connected here from another customer goes back to it.
    const origin = subscription.originCustomer;
    if (origin !== customer && !origin.removed) subscriptions.update(subscription, (s) => (s.customer = origin));
    else subscriptions.remove(subscription);
  }
  for (const collection of [contacts, notes, opportunities, tasks]) {
    for (const record of [...collection.group('customer', customer.uuid).values()]) collection.remove(record);
  }
  customers.remove(customer);
}
