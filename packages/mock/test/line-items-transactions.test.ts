import { describe, expect, it } from 'vitest';
import { basics, mockApi, subscriptionInvoice } from './support/mock-api.js';

async function setup() {
  const api = mockApi();
  const base = await basics(api);
  const invoice = (await api.post(`/v1/import/customers/${base.customer.uuid}/invoices`, { invoices: [subscriptionInvoice('inv-1', base.plan, '2024-01-01', '2024-02-01', 10000)] })).body.invoices[0];
  return { api, ...base, invoice };
}

describe('line items', () => {
  it('adds one to an invoice (201); retrieve, update and delete agree; the invoice follows', async () => {
    const { api, invoice, ds } = await setup();
    const created = await api.post(`/v1/import/invoices/${invoice.uuid}/line_items`, { type: 'one_time', amount_in_cents: 2500, description: 'Setup', external_id: 'setup-1' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'one_time', amount_in_cents: 2500, description: 'Setup', invoice_uuid: invoice.uuid });
    expect((await api.get(`/v1/invoices/${invoice.uuid}`)).body.line_items).toHaveLength(2);
    const byExternal = `data_source_uuid=${ds.uuid}&external_id=setup-1`;
    expect((await api.get(`/v1/line_items?${byExternal}`)).body).toEqual(created.body);
    expect((await api.patch(`/v1/line_items/${created.body.uuid}`, { amount_in_cents: 3000 })).body.amount_in_cents).toBe(3000);
    expect((await api.patch(`/v1/line_items?${byExternal}`, { quantity: 2 })).body).toMatchObject({ amount_in_cents: 3000, quantity: 2 });
    expect((await api.get(`/v1/line_items/${created.body.uuid}`)).body).toMatchObject({ amount_in_cents: 3000, quantity: 2 });
    expect((await api.patch(`/v1/line_items/disabled_state?${byExternal}`, { disabled: true })).body.disabled).toBe(true);
    expect((await api.patch(`/v1/line_items/${created.body.uuid}/disabled_state`, { disabled: false })).body.disabled).toBe(false);
    expect((await api.delete(`/v1/line_items?${byExternal}`)).status).toBe(204);
    expect((await api.get(`/v1/line_items/${created.body.uuid}`)).status).toBe(404);
    expect((await api.get(`/v1/invoices/${invoice.uuid}`)).body.line_items).toHaveLength(1);
  });

  it('refuses a taken external id and a subscription item without a plan (422)', async () => {
    const { api, invoice } = await setup();
    const taken = await api.post(`/v1/import/invoices/${invoice.uuid}/line_items`, { type: 'one_time', amount_in_cents: 1, external_id: 'li_inv-1' });
    expect(taken.body).toEqual({ errors: { external_id: 'has already been taken' } });
    const noPlan = await api.post(`/v1/import/invoices/${invoice.uuid}/line_items`, { type: 'subscription', amount_in_cents: 1, subscription_external_id: 's', service_period_start: '2024-01-01' });
    expect(noPlan.status).toBe(422);
    expect(noPlan.body.errors.plan_uuid).toBeDefined();
  });

  it('disabling a subscription line item takes it out of MRR', async () => {
    const { api, invoice, customer } = await setup();
    await api.patch(`/v1/line_items/${invoice.line_items[0].uuid}/disabled_state`, { disabled: true });
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.mrr).toBe(0);
  });
});

describe('transactions', () => {
  it('adds a refund (201) that makes the invoice refunded; update, disable and delete agree', async () => {
    const { api, invoice, ds } = await setup();
    const refund = await api.post(`/v1/import/invoices/${invoice.uuid}/transactions`, { type: 'refund', date: '2024-01-05', result: 'successful', external_id: 'rf-1', amount_in_cents: 10000 });
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({ type: 'refund', result: 'successful', amount_in_cents: 10000, invoice_uuid: invoice.uuid });
    expect((await api.get(`/v1/invoices/${invoice.uuid}`)).body.status).toBe('refunded');
    const byExternal = `data_source_uuid=${ds.uuid}&external_id=rf-1`;
    expect((await api.patch(`/v1/transactions?${byExternal}`, { result: 'failed' })).body.result).toBe('failed');
    expect((await api.get(`/v1/invoices/${invoice.uuid}`)).body.status).toBe('paid');
    expect((await api.get(`/v1/transactions?${byExternal}`)).body.uuid).toBe(refund.body.uuid);
    expect((await api.patch(`/v1/transactions/${refund.body.uuid}`, { result: 'successful' })).body.result).toBe('successful');
    expect((await api.patch(`/v1/transactions/disabled_state?${byExternal}`, { disabled: true })).body.disabled).toBe(true);
    expect((await api.get(`/v1/invoices/${invoice.uuid}`)).body.status).toBe('paid');
    expect((await api.patch(`/v1/transactions/${refund.body.uuid}/disabled_state`, { disabled: false })).body.disabled).toBe(false);
    expect((await api.delete(`/v1/transactions/${refund.body.uuid}`)).status).toBe(204);
    expect((await api.get(`/v1/transactions/${refund.body.uuid}`)).status).toBe(404);
    expect((await api.delete(`/v1/transactions?${byExternal}`)).status).toBe(404);
  });

  it('refuses a transaction of an unknown type or result (422)', async () => {
    const { api, invoice } = await setup();
    const answer = await api.post(`/v1/import/invoices/${invoice.uuid}/transactions`, { type: 'gift', date: 'soon', result: 'maybe' });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.errors).sort()).toEqual(['date', 'result', 'type']);
  });
});
