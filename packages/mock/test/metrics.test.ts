import { describe, expect, it } from 'vitest';
import { basics, mockApi, subscriptionInvoice, type MockApi } from './support/mock-api.js';

async function importFor(api: MockApi, customerUuid: string, invoices: object[]) {
  const answer = await api.post(`/v1/import/customers/${customerUuid}/invoices`, { invoices });
  expect(answer.status).toBe(201);
  return answer.body.invoices;
}

const metrics = async (api: MockApi, metric: string, query: string) => {
  const answer = await api.get(`/v1/metrics/${metric}?${query}`);
  expect(answer.status).toBe(200);
  return answer.body;
};

describe('metrics computed from imported invoices', () => {
  it('one $100/month plan gives MRR 10000 cents each month, new business in the first', async () => {
    const api = mockApi();
    const { customer, plan } = await basics(api);
    await importFor(api, customer.uuid, [subscriptionInvoice('i1', plan, '2024-01-01', '2024-02-01', 10000)]);
    const body = await metrics(api, 'mrr', 'start-date=2024-01-01&end-date=2024-03-31&interval=month');
    expect(body.entries.map((e: { date: string }) => e.date)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(body.entries.map((e: { mrr: number }) => e.mrr)).toEqual([10000, 10000, 10000]);
    expect(body.entries[0]).toMatchObject({ 'mrr-new-business': 10000, 'mrr-churn': 0, 'percentage-change': 0 });
    expect(body.summary).toEqual({ current: 10000, previous: 10000, 'percentage-change': 0 });
  });

  it('normalises by the plan interval: $1,200 a year and $300 a quarter are both 10000 cents of MRR', async () => {
    const api = mockApi();
    const { ds, customer } = await basics(api);
    const plan = async (unit: string, count: number) =>
      (await api.post('/v1/plans', { data_source_uuid: ds.uuid, name: `${count} ${unit}`, interval_count: count, interval_unit: unit })).body;
    const yearly = await plan('year', 1);
    const quarterly = await plan('month', 3);
    await importFor(api, customer.uuid, [
      subscriptionInvoice('y', yearly, '2024-01-01', '2025-01-01', 120000),
      { ...subscriptionInvoice('q', quarterly, '2024-01-01', '2024-04-01', 30000), line_items: [{ ...subscriptionInvoice('q', quarterly, '2024-01-01', '2024-04-01', 30000).line_items[0], subscription_external_id: 'sub_q' }] },
    ]);
    const body = await metrics(api, 'all', 'start-date=2024-01-01&end-date=2024-01-31');
    expect(body.entries[0]).toMatchObject({ mrr: 20000, arr: 240000, customers: 1, arpa: 20000, asp: 20000 });
  });

  it('classifies expansion, churn and reactivation, with churn rates and LTV', async () => {
    const api = mockApi();
    const { ds, customer, plan } = await basics(api);
    const stayer = (await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'stayer', country: 'DE' })).body;
    await importFor(api, stayer.uuid, [{ ...subscriptionInvoice('s1', plan, '2024-01-01', '2024-02-01', 10000), line_items: [{ ...subscriptionInvoice('s1', plan, '2024-01-01', '2024-02-01', 10000).line_items[0], subscription_external_id: 'sub_s', external_id: 'li_s1' }], transactions: [] }]);
    await importFor(api, customer.uuid, [
      subscriptionInvoice('i1', plan, '2024-01-01', '2024-02-01', 10000),
      subscriptionInvoice('i2', plan, '2024-02-01', '2024-03-01', 15000),
      subscriptionInvoice('i4', plan, '2024-04-01', '2024-05-01', 10000),
    ]);
    const subscription = (await api.get(`/v1/import/customers/${customer.uuid}/subscriptions`)).body.subscriptions[0];
    expect((await api.patch(`/v1/import/subscriptions/${subscription.uuid}`, { cancelled_at: '2024-03-01' })).status).toBe(202);
    const mrr = (await metrics(api, 'mrr', 'start-date=2024-01-01&end-date=2024-04-30')).entries;
    expect(mrr.map((e: { mrr: number }) => e.mrr)).toEqual([20000, 25000, 10000, 20000]);
    expect(mrr[1]).toMatchObject({ 'mrr-expansion': 5000, 'percentage-change': 25 });
    expect(mrr[2]).toMatchObject({ 'mrr-churn': -15000 });
    expect(mrr[3]).toMatchObject({ 'mrr-reactivation': 10000, 'mrr-new-business': 0 });
    const all = (await metrics(api, 'all', 'start-date=2024-03-01&end-date=2024-03-31')).entries[0];
    expect(all).toMatchObject({ customers: 1, 'customer-churn-rate': 50, 'mrr-churn-rate': 60, arpa: 10000, ltv: 20000 });
    expect((await metrics(api, 'customer-churn-rate', 'start-date=2024-03-01&end-date=2024-03-31')).entries[0]['customer-churn-rate']).toBe(50);
    expect((await metrics(api, 'customer-count', 'start-date=2024-03-01&end-date=2024-03-31')).entries[0].customers).toBe(1);
    expect((await metrics(api, 'ltv', 'start-date=2024-03-01&end-date=2024-03-31')).entries[0].ltv).toBe(20000);
  });

  it('filters by geo (countries) and plans (uuid, external id or name), comma-joined', async () => {
    const api = mockApi();
    const { ds, customer, plan } = await basics(api);
    const silver = (await api.post('/v1/plans', { data_source_uuid: ds.uuid, name: 'Silver', interval_count: 1, interval_unit: 'month', external_id: 'silver' })).body;
    const german = (await api.post('/v1/customers', { data_source_uuid: ds.uuid, external_id: 'de', country: 'DE' })).body;
    await importFor(api, customer.uuid, [subscriptionInvoice('us', plan, '2024-01-01', '2024-02-01', 10000)]);
    await importFor(api, german.uuid, [{ ...subscriptionInvoice('de', silver, '2024-01-01', '2024-02-01', 3000), line_items: [{ ...subscriptionInvoice('de', silver, '2024-01-01', '2024-02-01', 3000).line_items[0], subscription_external_id: 'sub_de' }] }]);
    const mrrOf = async (filter: string) => (await metrics(api, 'mrr', `start-date=2024-01-01&end-date=2024-01-31&${filter}`)).entries[0].mrr;
    expect(await mrrOf('')).toBe(13000);
    expect(await mrrOf('geo=DE')).toBe(3000);
    expect(await mrrOf('geo=us,de')).toBe(13000);
    expect(await mrrOf('plans=silver')).toBe(3000);
    expect(await mrrOf(`plans=Gold,${silver.uuid}`)).toBe(13000);
    expect(await mrrOf('plans=nothing')).toBe(0);
  });

  it('reports per day, week, quarter and year, each entry dated on its period\'s last day', async () => {
    const api = mockApi();
    const dates = async (query: string) => (await metrics(api, 'arr', query)).entries.map((e: { date: string }) => e.date);
    expect(await dates('start-date=2024-01-01&end-date=2024-01-03&interval=day')).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
    expect(await dates('start-date=2024-01-01&end-date=2024-01-10&interval=week')).toEqual(['2024-01-07', '2024-01-10']);
    expect(await dates('start-date=2024-02-15&end-date=2024-12-31&interval=quarter')).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    expect(await dates('start-date=2023-06-01&end-date=2024-06-01&interval=year')).toEqual(['2023-12-31', '2024-06-01']);
  });

  it('answers 400 without start-date or end-date, for a bad interval, and for an end before the start', async () => {
    const api = mockApi();
    expect((await api.get('/v1/metrics/mrr?end-date=2024-01-31')).body).toEqual({ code: 400, message: 'Parameter "start-date" is missing', param: 'start-date' });
    expect((await api.get('/v1/metrics/mrr?start-date=2024-01-01&end-date=2024-01-31&interval=fortnight')).status).toBe(400);
    expect((await api.get('/v1/metrics/all?start-date=2024-02-01&end-date=2024-01-31')).status).toBe(400);
    expect((await api.get('/v1/metrics/arpa?start-date=yesterday&end-date=2024-01-31')).status).toBe(400);
  });
});
