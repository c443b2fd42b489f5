import { describe, expect, it } from 'vitest';
import { basics, mockApi, subscriptionInvoice, type MockApi } from './support/mock-api.js';

async function withInvoice(api: MockApi) {
  const setup = await basics(api);
  const imported = await api.post(`/v1/import/customers/${setup.customer.uuid}/invoices`, {
    invoices: [subscriptionInvoice('inv-1', setup.plan, '2024-01-01', '2024-02-01', 10000)],
  });
  return { ...setup, imported, invoice: imported.body.invoices[0] };
}

describe('invoices', () => {
  it('imports (201) with line items and transactions, and the lists show it', async () => {
    const api = mockApi();
    const { customer, plan, ds, imported, invoice } = await withInvoice(api);
    expect(imported.status).toBe(201);
    expect(invoice.uuid).toMatch(/^inv_/);
    expect(invoice).toMatchObject({ external_id: 'inv-1', currency: 'USD', status: 'paid', data_source_uuid: ds.uuid, customer_external_id: 'cus_1' });
    expect(invoice.line_items[0]).toMatchObject({ type: 'subscription', plan_uuid: plan.uuid, amount_in_cents: 10000, subscription_external_id: 'sub_1' });
    expect(invoice.line_items[0].uuid).toMatch(/^li_/);
    expect(invoice.line_items[0].subscription_uuid).toMatch(/^sub_/);
    expect(invoice.transactions[0].uuid).toMatch(/^tr_/);
    const ofCustomer = (await api.get(`/v1/import/customers/${customer.uuid}/invoices`)).body;
    expect(ofCustomer.customer_uuid).toBe(customer.uuid);
    expect(ofCustomer.invoices).toEqual([invoice]);
    const retrieved = (await api.get(`/v1/invoices/${invoice.uuid}`)).body;
    expect(retrieved).toEqual({ ...invoice, customer_uuid: customer.uuid });
    // As recorded from the real API: the list's line items also carry balance_transfer.
    const all = (await api.get('/v1/invoices')).body.invoices;
    const items = retrieved.line_items.map((item: object) => ({ ...item, balance_transfer: null }));
    expect(all).toEqual([{ ...retrieved, line_items: items }]);
  });

  it('refuses a duplicate external id in the source with 422 listing each invoice\'s errors, storing nothing', async () => {
    const api = mockApi();
    const { customer, plan } = await withInvoice(api);
    const answer = await api.post(`/v1/import/customers/${customer.uuid}/invoices`, {
      invoices: [subscriptionInvoice('inv-2', plan, '2024-02-01', '2024-03-01', 10000, { line_items: [] }), subscriptionInvoice('inv-1', plan, '2024-02-01', '2024-03-01', 1)],
    });
    expect(answer.status).toBe(422);
    expect(answer.body.invoices).toEqual([
      { external_id: 'inv-2', errors: {} },
      { external_id: 'inv-1', errors: expect.objectContaining({ external_id: 'The external ID for this invoice already exists in our system.', 'line_items.external_id': 'has already been taken' }) },
    ]);
    expect((await api.get('/v1/invoices')).body.invoices).toHaveLength(1);
  });

  it('answers 422 for missing fields of an invoice and of its line items', async () => {
    const api = mockApi();
    const { customer } = await basics(api);
    const answer = await api.post(`/v1/import/customers/${customer.uuid}/invoices`, { invoices: [{ line_items: [{ type: 'subscription' }] }] });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.invoices[0].errors)).toEqual(
      expect.arrayContaining(['external_id', 'date', 'currency', 'line_items.amount_in_cents', 'line_items.plan_uuid', 'line_items.subscription_external_id']),
    );
    expect((await api.post(`/v1/import/customers/${customer.uuid}/invoices`, {})).body).toEqual({ errors: { invoices: 'At least one invoice is required.' } });
    expect((await api.post('/v1/import/customers/cus_nope/invoices', { invoices: [] })).status).toBe(404);
  });

  it('updates (PATCH) by uuid and by external id; the retrieve agrees', async () => {
    const api = mockApi();
    const { ds, invoice } = await withInvoice(api);
    const patched = await api.patch(`/v1/invoices/${invoice.uuid}`, { due_date: '2024-01-15', collection_method: 'manual' });
    expect(patched.body).toMatchObject({ due_date: '2024-01-15T00:00:00.000Z', collection_method: 'manual' });
    const byExternal = await api.patch(`/v1/invoices?data_source_uuid=${ds.uuid}&external_id=inv-1`, { currency: 'eur' });
    expect(byExternal.body.currency).toBe('EUR');
    expect((await api.get(`/v1/invoices/${invoice.uuid}`)).body).toMatchObject({ currency: 'EUR', collection_method: 'manual' });
    expect((await api.get(`/v1/invoices?data_source_uuid=${ds.uuid}&external_id=inv-1`)).body.invoices).toHaveLength(1);
  });

  it('disables and enables: the retrieve shows it, lists hide it unless with_disabled, MRR ignores it', async () => {
    const api = mockApi();
    const { customer, invoice, ds } = await withInvoice(api);
    const disabled = await api.patch(`/v1/invoices/${invoice.uuid}/disabled_state`, { disabled: true });
    expect(disabled.body).toMatchObject({ disabled: true, disabled_by: expect.any(String) });
    expect(disabled.body.disabled_at).not.toBeNull();
    expect(disabled.body.line_items[0].disabled).toBe(true);
    expect((await api.get(`/v1/invoices/${invoice.uuid}`)).body.disabled).toBe(true);
    expect((await api.get('/v1/invoices')).body.invoices).toEqual([]);
    expect((await api.get('/v1/invoices?with_disabled=true')).body.invoices).toHaveLength(1);
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.mrr).toBe(0);
    const enabled = await api.patch(`/v1/invoices/disabled_state?data_source_uuid=${ds.uuid}&external_id=inv-1`, { disabled: false });
    expect(enabled.body).toMatchObject({ disabled: false, disabled_at: null });
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.mrr).toBe(10000);
    expect((await api.patch(`/v1/invoices/${invoice.uuid}/disabled_state`, { disabled: 'yes' })).status).toBe(422);
  });

  it('sets the status by data source and external id (voided stops its MRR)', async () => {
    const api = mockApi();
    const { ds, customer, invoice } = await withInvoice(api);
    const answer = await api.put(`/v1/data_sources/${ds.uuid}/invoices/inv-1/status`, { status: 'voided' });
    expect(answer.body).toEqual({ message: 'Invoice updated' });
    expect((await api.get(`/v1/invoices/${invoice.uuid}`)).body.status).toBe('voided');
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.mrr).toBe(0);
    expect((await api.put(`/v1/data_sources/${ds.uuid}/invoices/inv-1/status`, { status: 'paid' })).status).toBe(422);
    expect((await api.put(`/v1/data_sources/${ds.uuid}/invoices/nope/status`, { status: 'voided' })).status).toBe(404);
  });

  it('deletes by uuid (204, then 404 in the newer error shape), by external id, and all of a customer in a source', async () => {
    const api = mockApi();
    const { ds, customer, plan, invoice } = await withInvoice(api);
    expect((await api.delete(`/v1/invoices/${invoice.uuid}`)).status).toBe(204);
    const gone = await api.get(`/v1/invoices/${invoice.uuid}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: 'Invoice not found', error_details: [{ param: 'invoice', code: 'invalid', message: 'Invoice not found' }] });
    expect((await api.get(`/v1/line_items/${invoice.line_items[0].uuid}`)).status).toBe(404);
    await api.post(`/v1/import/customers/${customer.uuid}/invoices`, { invoices: [subscriptionInvoice('a', plan, '2024-01-01', '2024-02-01', 1)] });
    expect((await api.delete(`/v1/invoices?data_source_uuid=${ds.uuid}&external_id=a`)).status).toBe(204);
    expect((await api.delete(`/v1/invoices?data_source_uuid=${ds.uuid}`)).status).toBe(400);
    await api.post(`/v1/import/customers/${customer.uuid}/invoices`, {
      invoices: [subscriptionInvoice('b', plan, '2024-01-01', '2024-02-01', 1), { ...subscriptionInvoice('c', plan, '2024-02-01', '2024-03-01', 1), line_items: [], transactions: [] }],
    });
    expect((await api.delete(`/v1/data_sources/${ds.uuid}/customers/${customer.uuid}/invoices`)).status).toBe(204);
    expect((await api.get(`/v1/import/customers/${customer.uuid}/invoices`)).body.invoices).toEqual([]);
  });

  it('replaces invoices by external id with the PUT import', async () => {
    const api = mockApi();
    const { customer, plan, invoice } = await withInvoice(api);
    const replaced = await api.put(`/v1/import/customers/${customer.uuid}/invoices`, { invoices: [subscriptionInvoice('inv-1', plan, '2024-01-01', '2024-02-01', 20000)] });
    expect(replaced.status).toBe(200);
    expect(replaced.body.invoices[0].uuid).toBe(invoice.uuid);
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.mrr).toBe(20000);
  });
});
