import { describe, expect, it } from 'vitest';
import { basics, mockApi, subscriptionInvoice } from './support/mock-api.js';

describe('data sources', () => {
  it('creates (201), lists under data_sources, retrieves, deletes (204) and then 404s', async () => {
    const api = mockApi();
    const created = await api.post('/v1/data_sources', { name: 'In-house billing' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'In-house billing', system: 'Custom', status: 'idle' });
    expect(created.body.uuid).toMatch(/^ds_[0-9a-f-]{36}$/);
    expect((await api.get('/v1/data_sources')).body).toEqual({ data_sources: [created.body] });
    expect((await api.get(`/v1/data_sources/${created.body.uuid}`)).body).toEqual(created.body);
    expect((await api.get('/v1/data_sources?name=nope')).body.data_sources).toEqual([]);
    expect((await api.delete(`/v1/data_sources/${created.body.uuid}`)).status).toBe(204);
    const gone = await api.get(`/v1/data_sources/${created.body.uuid}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: 'Data source not found' });
  });

  it('answers 422 without a name, in the recorded shape', async () => {
    const answer = await mockApi().post('/v1/data_sources', { name: null });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ errors: { name: 'A name is required for each data source.' } });
  });

  it('adds the settings the with_* flags ask for', async () => {
    const api = mockApi();
    const ds = (await api.post('/v1/data_sources', { name: 'B' })).body;
    const detailed = (await api.get(`/v1/data_sources/${ds.uuid}?with_processing_status=true&with_auto_churn_subscription_setting=true&with_invoice_handling_setting=true`)).body;
    expect(detailed.processing_status).toEqual({ processed: 0, failed: 0, pending: 0 });
    expect(detailed.auto_churn_subscription_setting).toEqual({ enabled: false, interval: null });
    expect(detailed.invoice_handling_setting.manual.create_subscription_when_invoice_is).toBe('open');
  });

  it('deleting a source deletes its customers, plans and invoices; /dependent keeps customers, /all keeps the source', async () => {
    const api = mockApi();
    const { ds, plan, customer } = await basics(api);
    await api.post(`/v1/import/customers/${customer.uuid}/invoices`, { invoices: [subscriptionInvoice('i1', plan, '2024-01-01', '2024-02-01', 5000)] });
    expect((await api.delete(`/v1/data_sources/${ds.uuid}/dependent`)).status).toBe(204);
    expect((await api.get('/v1/invoices')).body.invoices).toEqual([]);
    expect((await api.get(`/v1/customers/${customer.uuid}`)).body.mrr).toBe(0);
    expect((await api.get(`/v1/plans/${plan.uuid}`)).status).toBe(200);
    expect((await api.delete(`/v1/data_sources/${ds.uuid}/all`)).status).toBe(204);
    expect((await api.get(`/v1/customers/${customer.uuid}`)).status).toBe(404);
    expect((await api.get(`/v1/plans/${plan.uuid}`)).status).toBe(404);
    expect((await api.get(`/v1/data_sources/${ds.uuid}`)).status).toBe(200);
    const again = await basics(api);
    expect((await api.delete(`/v1/data_sources/${again.ds.uuid}`)).status).toBe(204);
    expect((await api.get(`/v1/customers/${again.customer.uuid}`)).status).toBe(404);
  });
});
