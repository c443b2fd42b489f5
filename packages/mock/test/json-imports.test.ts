import { describe, expect, it } from 'vitest';
import { mockApi } from './support/mock-api.js';

describe('JSON (bulk) imports', () => {
  it('imports customers, plans, invoices with line items and transactions at once, and reports each type', async () => {
    const api = mockApi();
    const ds = (await api.post('/v1/data_sources', { name: 'Bulk' })).body;
    const created = await api.post(`/v1/data_sources/${ds.uuid}/json_imports`, {
      external_id: 'batch-1',
      customers: [{ external_id: 'scus_1', name: 'Andrew', email: 'a@x.test', country: 'US' }],
      plans: [{ external_id: 'gold_biannual', name: 'Gold Biannual', interval_count: 6, interval_unit: 'month' }],
      invoices: [{ external_id: 'inv_1', date: '2024-01-01', currency: 'USD', customer_external_id: 'scus_1' }],
      line_items: [
        { invoice_external_id: 'inv_1', type: 'subscription', amount_in_cents: 60000, plan_external_id: 'gold_biannual', subscription_external_id: 'sub_1', service_period_start: '2024-01-01' },
      ],
      transactions: [{ invoice_external_id: 'inv_1', type: 'payment', date: '2024-01-01', result: 'successful' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ data_source_uuid: ds.uuid, external_id: 'batch-1', status: 'queued' });
    const status = await api.get(`/v1/data_sources/${ds.uuid}/json_imports/${created.body.id}`);
    expect(status.body).toMatchObject({
      status: 'completed',
      status_details: {
        plans: { status: 'imported' },
        scus_1: { status: 'imported', customers: { status: 'imported' }, invoices: { status: 'imported' }, line_items: { status: 'imported' }, transactions: { status: 'imported' } },
      },
    });
    expect((await api.get(`/v1/data_sources/${ds.uuid}/json_imports/batch-1`)).body.id).toBe(created.body.id);
    const customer = (await api.get(`/v1/customers?data_source_uuid=${ds.uuid}`)).body.entries[0];
    expect(customer).toMatchObject({ external_id: 'scus_1', mrr: 10000 });
    const invoice = (await api.get(`/v1/import/customers/${customer.uuid}/invoices`)).body.invoices[0];
    expect(invoice.line_items[0].service_period_end).toBe('2024-07-01T00:00:00.000Z');
  });

  it('reports what failed, keeps what succeeded, and 404s for an unknown source or import', async () => {
    const api = mockApi();
    const ds = (await api.post('/v1/data_sources', { name: 'Bulk' })).body;
    const created = await api.post(`/v1/data_sources/${ds.uuid}/json_imports`, {
      customers: [{ external_id: 'ok', name: 'Ok' }, { name: 'no external id' }],
      invoices: [{ external_id: 'inv_x', date: '2024-01-01', currency: 'USD', customer_external_id: 'missing' }],
    });
    const status = (await api.get(`/v1/data_sources/${ds.uuid}/json_imports/${created.body.id}`)).body;
    expect(status.status).toBe('failed');
    expect(status.status_details.ok).toEqual({ status: 'imported', customers: { status: 'imported' } });
    expect(status.status_details['']).toMatchObject({ status: 'failed', customers: { status: 'failed', errors: [{ index: 1, external_id: null, errors: { external_id: expect.any(String) } }] } });
    expect(status.status_details.missing.invoices).toMatchObject({ status: 'failed', errors: [{ index: 0, external_id: 'inv_x', errors: { customer_external_id: expect.any(String) } }] });
    expect((await api.get('/v1/customers')).body.entries).toHaveLength(1);
    expect((await api.post('/v1/data_sources/ds_nope/json_imports', {})).status).toBe(404);
    expect((await api.get(`/v1/data_sources/${ds.uuid}/json_imports/nope`)).status).toBe(404);
  });
});
