import type { Account } from '../store/account.js';
import type { InvoiceRecord, LineItemRecord, TransactionRecord } from '../store/records.js';

/** Removes a line item; a subscription left without line items goes with it. */
export function removeLineItem(account: Account, item: LineItemRecord, fromInvoice = true): void {
  const { lineItems, subscriptions } = account.collections;
  lineItems.remove(item);
  if (fromInvoice) item.invoice.lineItems = item.invoice.lineItems.filter((other) => other !== item);
  const subscription = item.subscription;
  if (subscription !== null) {
    subscription.items = subscription.items.filter((other) => other !== item);
    if (subscription.items.length === 0) subscriptions.remove(subscription);
  }
}

export function removeTransaction(account: Account, transaction: TransactionRecord, fromInvoice = true): void {
  account.collections.transactions.remove(transaction);
  if (fromInvoice) {
    transaction.invoice.transactions = transaction.invoice.transactions.filter((other) => other !== transaction);
  }
}

/** Removes an invoice with its line items and transactions. */
export function removeInvoice(account: Account, invoice: InvoiceRecord): void {
  for (const item of invoice.lineItems) removeLineItem(account, item, false);
  for (const transaction of invoice.transactions) removeTransaction(account, transaction, false);
  invoice.lineItems = [];
  invoice.transactions = [];
  account.collections.invoices.remove(invoice);
}
