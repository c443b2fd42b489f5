// The bulk-import benchmark's billing history: a few plans, then per customer the customer, one
// invoice, its line item and its transaction (4 records), in the Bulk Import API's shapes. The
// same customers for the per-record path (customers.create + invoices.import).

export const PLANS = [
  { external_id: 'bench-plan-basic', name: 'Basic', interval_count: 1, interval_unit: 'month', cents: 1_900 },
  { external_id: 'bench-plan-pro', name: 'Pro', interval_count: 1, interval_unit: 'month', cents: 4_900 },
  { external_id: 'bench-plan-team', name: 'Team', interval_count: 1, interval_unit: 'year', cents: 49_000 },
];
export const RECORDS_PER_CUSTOMER = 4;

const planOf = (i) => PLANS[i % PLANS.length];
const day = (i) => new Date(Date.UTC(2024, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
const nextYear = (date) => new Date(Date.parse(`${date}T00:00:00Z`) + 365 * 86_400_000).toISOString().slice(0, 10);
const nextMonth = (date) => new Date(Date.parse(`${date}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);

/** The bulk records of customer `i`, tagged with `prefix` so that runs never collide. */
export function customerRecords(prefix, i) {
  const plan = planOf(i);
  const date = day(i);
  const customer = `${prefix}-cus-${i}`;
  const invoice = `${prefix}-inv-${i}`;
  return [
    { customer: { external_id: customer, name: `Customer ${i}`, email: `customer-${i}@example.com`, country: 'US' } },
    { invoice: { external_id: invoice, customer_external_id: customer, date: `${date}T00:00:00Z`, currency: 'USD' } },
    {
      line_item: {
        invoice_external_id: invoice,
        type: 'subscription',
        subscription_external_id: `${prefix}-sub-${i}`,
        plan_external_id: plan.external_id,
        service_period_start: `${date}T00:00:00Z`,
        service_period_end: `${plan.interval_unit === 'year' ? nextYear(date) : nextMonth(date)}T00:00:00Z`,
        amount_in_cents: plan.cents,
        quantity: 1,
      },
    },
    { transaction: { invoice_external_id: invoice, type: 'payment', result: 'successful', date: `${date}T00:00:00Z`, external_id: `${prefix}-tr-${i}` } },
  ];
}

/** Every record of `customers` customers, plans first, made lazily (a generator holds one customer at a time). */
export function* billingRecords(prefix, customers) {
  for (const plan of PLANS) yield { plan: planFields(plan) };
  for (let i = 0; i < customers; i++) yield* customerRecords(prefix, i);
}

export const planFields = ({ cents: _cents, ...plan }) => plan;
