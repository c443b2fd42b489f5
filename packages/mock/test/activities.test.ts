import { describe, expect, it } from 'vitest';
import { basics, mockApi, subscriptionInvoice } from './support/mock-api.js';

async function history() {
  const api = mockApi();
  const { customer, plan } = await basics(api);
  await api.post(`/v1/import/customers/${customer.uuid}/invoices`, {
    invoices: [subscriptionInvoice('i1', plan, '2024-01-01', '2024-02-01', 10000), subscriptionInvoice('i2', plan, '2024-02-01', '2024-03-01', 12000)],
  });
  const subscription = (await api.get(`/v1/import/customers/${customer.uuid}/subscriptions`)).body.subscriptions[0];
  await api.patch(`/v1/import/subscriptions/${subscription.uuid}`, { cancelled_at: '2024-03-01' });
  return { api, customer };
}

describe('activities', () => {
  it('derives new business, expansion and churn from the invoices and the cancellation', async () => {
    const { api, customer } = await history();
    const entries = (await api.get('/v1/activities')).body.entries;
    expect(entries.map((a: { type: string; 'activity-mrr-movement': number }) => [a.type, a['activity-mrr-movement']])).toEqual([
      ['new_biz', 10000],
      ['expansion', 2000],
      ['churn', -12000],
    ]);
    expect(entries[0]).toMatchObject({ date: '2024-01-01T00:00:00+00:00', 'customer-uuid': customer.uuid, 'plan-external-id': 'gold', 'activity-arr': 120000, description: 'purchased the Gold plan' });
    expect(new Set(entries.map((a: { uuid: string }) => a.uuid)).size).toBe(3);
    // A customer's list shows the same activities in the shorter shape recorded from the real API.
    const own = (await api.get(`/v1/customers/${customer.uuid}/activities`)).body.entries;
    expect(own.map((a: { type: string; date: string }) => [a.type, a.date])).toEqual(entries.map((a: { type: string; date: string }) => [a.type, a.date]));
    expect(own[0]).toEqual({
      id: expect.any(Number),
      description: 'purchased the Gold plan',
      'activity-mrr-movement': 10000,
      'activity-mrr': 10000,
      'activity-arr': 120000,
      date: '2024-01-01T00:00:00+00:00',
      type: 'new_biz',
      currency: 'USD',
      'currency-sign': '$',
      'subscription-external-id': 'sub_1',
    });
  });

  it('filters by type and dates, orders with -date, and pages with per_page', async () => {
    const { api } = await history();
    const types = async (query: string) => (await api.get(`/v1/activities?${query}`)).body.entries.map((a: { type: string }) => a.type);
    expect(await types('type=churn')).toEqual(['churn']);
    expect(await types('start-date=2024-02-01&end-date=2024-02-01')).toEqual(['expansion']);
    expect(await types('order=-date')).toEqual(['churn', 'expansion', 'new_biz']);
    const first = (await api.get('/v1/activities?per_page=2')).body;
    expect(first.has_more).toBe(true);
    const second = (await api.get(`/v1/activities?per_page=2&cursor=${encodeURIComponent(first.cursor)}`)).body;
    expect(second.entries.map((a: { type: string }) => a.type)).toEqual(['churn']);
    expect(second.has_more).toBe(false);
    expect((await api.get('/v1/activities?type=upsell')).status).toBe(400);
  });

  it('creates an activities export (pending) that is ready with a file when retrieved', async () => {
    const { api } = await history();
    const created = await api.post('/v1/activities_export', { type: 'churn', 'start-date': '2024-01-01', 'end-date': '2024-12-31' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ status: 'pending', file_url: null, params: { kind: 'activities', params: { activity_type: 'churn', start_date: '2024-01-01' } } });
    const retrieved = await api.get(`/v1/activities_export/${created.body.id}`);
    expect(retrieved.body).toMatchObject({ id: created.body.id, status: 'succeeded', file_url: expect.stringContaining(created.body.id) });
    expect((await api.get('/v1/activities_export/nope')).status).toBe(404);
  });
});
