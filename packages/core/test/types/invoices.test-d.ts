import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, Invoice, InvoiceImportResult, LineItem, Transaction } from '../../src/index.js';

declare const cm: ChartMogulClient;
const item = { type: 'subscription', amount_in_cents: 5000 } as const;
const invoice = { external_id: 'inv_1', date: '2024-01-01', currency: 'USD', line_items: [item] };

describe('invoices types', () => {
  it('import takes invoices with their line items and transactions', () => {
    cm.invoices.import('cus_1', { invoices: [invoice], handle_as_user_edit: true });
    cm.invoices.import('cus_1', { invoices: [{ ...invoice, transactions: [{ type: 'payment', date: 'd', result: 'successful' }] }] });
    // @ts-expect-error an invoice needs its currency
    cm.invoices.import('cus_1', { invoices: [{ external_id: 'inv_1', date: '2024-01-01', line_items: [item] }] });
    // @ts-expect-error line_items, not lineItems
    cm.invoices.import('cus_1', { invoices: [{ external_id: 'inv_1', date: 'd', currency: 'USD', lineItems: [item] }] });
    // @ts-expect-error a line item type ChartMogul does not know
    cm.invoices.import('cus_1', { invoices: [{ ...invoice, line_items: [{ type: 'refund', amount_in_cents: 1 }] }] });
    // @ts-expect-error a transaction result is successful or failed
    cm.invoices.import('cus_1', { invoices: [{ ...invoice, transactions: [{ type: 'payment', date: 'd', result: 'ok' }] }] });
    // @ts-expect-error the customer's uuid is a path parameter
    cm.invoices.import({ invoices: [invoice] });
  });

  it('reads, updates and by-external-id calls check their params', () => {
    cm.invoices.list({ validation_type: 'invalid', with_disabled: true });
    // @ts-expect-error validation_type is all, valid or invalid
    cm.invoices.list({ validation_type: 'broken' });
    // @ts-expect-error include_edit_histories is a boolean
    cm.invoices.retrieve('inv_1', { include_edit_histories: 'yes' });
    cm.invoices.updateByExternalId({ data_source_uuid: 'ds', external_id: 'e', due_date: 'd' });
    // @ts-expect-error by external id needs the source
    cm.invoices.deleteByExternalId({ external_id: 'e' });
    // @ts-expect-error disable takes no disabled flag: the method name is the flag
    cm.invoices.disable('inv_1', { disabled: false });
    cm.invoices.updateStatus('ds', 'inv_ext', { status: 'voided' });
    // @ts-expect-error not a status the endpoint sets
    cm.invoices.updateStatus('ds', 'inv_ext', { status: 'paid' });
    // @ts-expect-error updateStatus needs the source and the invoice's external id
    cm.invoices.updateStatus('inv_ext', { status: 'voided' });
    cm.invoices.deleteAll('ds', 'cus_1');
  });

  it('give typed results', () => {
    expectTypeOf(cm.invoices.import('cus_1', { invoices: [invoice] })).resolves.toEqualTypeOf<InvoiceImportResult>();
    expectTypeOf(cm.invoices.retrieve('inv_1')).resolves.toEqualTypeOf<Invoice>();
    expectTypeOf<Invoice['line_items'][number]>().toEqualTypeOf<LineItem>();
    expectTypeOf<Invoice['transactions'][number]>().toEqualTypeOf<Transaction>();
    expectTypeOf(cm.invoices.listImported('cus_1')).resolves.toHaveProperty('invoices').toEqualTypeOf<Invoice[]>();
    expectTypeOf(cm.invoices.deleteAll('ds', 'cus_1')).resolves.toEqualTypeOf<void>();
  });
});
