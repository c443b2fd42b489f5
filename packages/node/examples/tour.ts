import { ChartMogul, type Customer, NotFoundError } from '@chartmogul-kit/node';

const cm = new ChartMogul(); // reads CHARTMOGUL_API_KEY (and CHARTMOGUL_API_BASE)

// Per-call options come last: right after the path parameters when an operation takes no params.
console.log(await cm.ping({ timeout: 5_000 })); // { data: 'pong!' }

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

const same: Customer = await cm.customers.retrieve(customer.uuid, { timeout: 5_000, maxRetries: 0 });
console.log(same.name); // Adam Smith

// Awaited, a list is one page ({ entries, has_more, cursor, nextPage() });
// iterated, it walks every item of every page, one page in memory at a time.
for await (const c of cm.customers.list({ data_source_uuid: source.uuid, per_page: 200 })) {
  console.log(c.email); // adam@example.com
}
const first100 = await cm.customers.list().toArray({ limit: 100 });
console.log(first100.length); // 1

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

// The wire spells these `start-date` / `end-date`; both spellings are accepted.
const mrr = await cm.metrics.mrr({ start_date: '2025-01-01', end_date: '2025-03-31', interval: 'month' });
console.log(mrr.entries.map((entry) => [entry.date, entry.mrr])); // [['2025-01-31', 10000], ...]

// The status, headers and request id of a call, besides its data (a list's first page too).
const { data, response } = await cm.customers.retrieve(customer.uuid).withResponse();
console.log(data.uuid === customer.uuid, response.status); // true 200

// Any endpoint, one this SDK lacks too, with the same auth, limits, retries and typed errors:
// {placeholders} come from the params, the rest go in the query (GET, DELETE) or the JSON body.
const raw = await cm.request<Customer>('GET /v1/customers/{uuid}', { uuid: customer.uuid });
console.log(raw.email); // adam@example.com

try {
  await cm.customers.retrieve('cus_unknown');
} catch (error) {
  if (error instanceof NotFoundError) console.log(error.status); // 404
}
