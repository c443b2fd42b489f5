// A billing history for bulk-import tests that run the built packages on each runtime (Node and
// Bun, Deno, workerd). Plain JavaScript without imports, so that every one of them loads it as is.

/** A plan, then `count` customers each with an invoice, its line item and its payment. */
export function* bulkHistory(count) {
  yield { plan: { external_id: 'gold', name: 'Gold', interval_count: 1, interval_unit: 'month' } };
  for (let n = 0; n < count; n++) {
    yield { customer: { external_id: `cus_${n}`, name: `Customer ${n}` } };
    yield {
      invoice: {
        external_id: `inv_${n}`,
        customer_external_id: `cus_${n}`,
        date: '2024-01-01T00:00:00Z',
        currency: 'USD',
      },
    };
    yield {
      line_item: {
        invoice_external_id: `inv_${n}`,
        type: 'subscription',
        amount_in_cents: 1000,
        plan_external_id: 'gold',
        subscription_external_id: `sub_${n}`,
        service_period_start: '2024-01-01T00:00:00Z',
        service_period_end: '2024-02-01T00:00:00Z',
      },
    };
    yield {
      transaction: {
        invoice_external_id: `inv_${n}`,
        type: 'payment',
        date: '2024-01-01T00:00:00Z',
        result: 'successful',
      },
    };
  }
}
