import { createHandlers } from '@chartmogul-kit/mock';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ChartMogul, type Customer, NotFoundError, UnprocessableEntityError } from '../src/index.js';
import { API_KEY, BASE_URL } from './support.js';

// The README's tour, run for real against the local ChartMogul: if this test passes, the
// README's example works as written (the code between the markers is the README's).
const server = setupServer(...createHandlers({ apiKeys: [API_KEY] }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('runs the README tour: create, retrieve, list with for await, import an invoice, read MRR', async () => {
  const cm = new ChartMogul({ apiKey: API_KEY, baseURL: BASE_URL });
  const seen: string[] = [];

  // README tour start
  const source = await cm.dataSources.create({ name: 'Billing' });
  const plan = await cm.plans.create({
    data_source_uuid: source.uuid,
    name: 'Pro',
    interval_count: 1,
    interval_unit: 'month',
    external_id: 'plan_pro',
  });
  const customer = await cm.customers.create({
    data_source_uuid: source.uuid,
    external_id: 'cust_0001',
    name: 'Adam Smith',
    email: 'adam@example.com',
    country: 'US',
  });

  const same: Customer = await cm.customers.retrieve(customer.uuid);

  for await (const c of cm.customers.list({ data_source_uuid: source.uuid, per_page: 200 })) {
    seen.push(c.email); // every customer of every page, one page in memory at a time
  }

  await cm.invoices.import(customer.uuid, {
    invoices: [
      {
        external_id: 'inv_0001',
        date: '2025-01-01 00:00:00',
        currency: 'USD',
        line_items: [
          {
            type: 'subscription',
            subscription_external_id: 'sub_0001',
            plan_uuid: plan.uuid,
            service_period_start: '2025-01-01 00:00:00',
            service_period_end: '2025-02-01 00:00:00',
            amount_in_cents: 10_000,
            quantity: 1,
          },
        ],
        transactions: [{ date: '2025-01-01 00:00:00', type: 'payment', result: 'successful' }],
      },
    ],
  });

  const mrr = await cm.metrics.mrr({ start_date: '2025-01-01', end_date: '2025-03-31', interval: 'month' });
  // README tour end

  expect(same.uuid).toBe(customer.uuid);
  expect(same.email).toBe('adam@example.com');
  expect(seen).toEqual(['adam@example.com']);
  expect(mrr.entries.map((entry) => entry.mrr)).toEqual([10_000, 10_000, 10_000]);

  await expect(cm.customers.retrieve('cus_00000000-0000-0000-0000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
  await expect(
    cm.customers.create({ data_source_uuid: source.uuid, external_id: 'cust_0001', name: 'Dup' }),
  ).rejects.toBeInstanceOf(UnprocessableEntityError);
});
