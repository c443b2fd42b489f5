import { describe, expect, it } from 'vitest';
import { createMockStore } from '../src/index.js';
import { KEY, mockApi } from './support/mock-api.js';

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

describe('JSON (bulk) imports processed over time', () => {
  /** A mock whose clock the test moves, with its worker at 10 records per second. */
  async function slowMock() {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = createMockStore({ now: () => now, jsonImportRecordsPerSecond: 10 });
    const api = mockApi({ store });
    const ds = (await api.post('/v1/data_sources', { name: 'Bulk' })).body;
    return { api, ds, store, stats: () => store.account(KEY).jsonImportQueue.stats, advance: (ms: number) => (now += ms) };
  }

  it('goes queued, processing, completed at the set rate, one import after the other', async () => {
    const { api, ds, advance, stats } = await slowMock();
    const path = `/v1/data_sources/${ds.uuid}/json_imports`;
    await api.post(path, { external_id: 'a', customers: [{ external_id: 'c1' }, { external_id: 'c2' }] });
    await api.post(path, { external_id: 'b', customers: [{ external_id: 'c3' }] });
    expect((await api.get(`${path}/a`)).body.status).toBe('processing');
    expect((await api.get(`${path}/b`)).body.status).toBe('queued');
    expect((await api.get(`/v1/customers?data_source_uuid=${ds.uuid}`)).body.entries).toHaveLength(0);
    advance(200);
    expect((await api.get(`${path}/a`)).body).toMatchObject({ status: 'completed', status_details: { c1: { status: 'imported' } } });
    expect((await api.get(`${path}/b`)).body.status).toBe('processing');
    advance(100);
    expect((await api.get(`${path}/b`)).body.status).toBe('completed');
    expect(stats()).toMatchObject({ created: 2, polls: 5, pollsBeforeDone: 3, recordsProcessed: 3, orderingViolations: 0 });
  });

  it('counts a request that touches a customer whose earlier import is unfinished', async () => {
    const { api, ds, advance, stats } = await slowMock();
    const path = `/v1/data_sources/${ds.uuid}/json_imports`;
    await api.post(path, { external_id: 'a', customers: [{ external_id: 'same' }], invoices: [{ external_id: 'inv', customer_external_id: 'same', date: '2024-01-01', currency: 'USD' }] });
    // A transaction names only its invoice: the mock finds the customer through it.
    await api.post(path, { external_id: 'b', transactions: [{ invoice_external_id: 'inv', type: 'payment', date: '2024-01-01', result: 'successful' }] });
    expect(stats()).toMatchObject({ orderingViolations: 1, violations: [{ import: expect.any(String), customer: 'same' }] });
    advance(1_000);
    await api.get(`${path}/b`);
    await api.post(path, { external_id: 'c', subscription_events: [] , customers: [{ external_id: 'other' }] });
    await api.post(path, { external_id: 'd', invoices: [{ external_id: 'inv2', customer_external_id: 'same', date: '2024-02-01', currency: 'USD' }] });
    expect(stats().orderingViolations).toBe(1);
  });

  it('refuses a payload over 5 MB (413) and a second import with the same external id (422)', async () => {
    const { api, ds, stats } = await slowMock();
    const path = `/v1/data_sources/${ds.uuid}/json_imports`;
    const big = { external_id: 'big', customers: [{ external_id: 'x', name: 'é'.repeat(2_500_001) }] };
    const refused = await api.post(path, big);
    expect(refused.status).toBe(413);
    expect(refused.body.message).toMatch(/5MB/);
    expect((await api.post(path, { external_id: 'once', customers: [] })).status).toBe(201);
    const again = await api.post(path, { external_id: 'once', customers: [] });
    expect(again).toMatchObject({ status: 422, body: { errors: { external_id: 'has already been taken' } } });
    expect(stats()).toMatchObject({ tooLarge: 1, duplicateExternalIds: 1, created: 1 });
  });
});
