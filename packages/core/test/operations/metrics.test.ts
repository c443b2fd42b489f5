import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { itSendsOnTheWire, type WireCase } from '../support/wire-cases.js';

const wire = captureRequests();

const summary = { current: 12.5, previous: 11.9, 'percentage-change': 5.0 };
const period = { 'start-date': '2023-07-01', 'end-date': '2023-08-31' };

/** Each single-metric endpoint: the method, its path segment and the entry's value key. */
const singleMetrics = [
  ['mrr', 'mrr', 'mrr'],
  ['arr', 'arr', 'arr'],
  ['arpa', 'arpa', 'arpa'],
  ['asp', 'asp', 'asp'],
  ['customerCount', 'customer-count', 'customers'],
  ['customerChurnRate', 'customer-churn-rate', 'customer-churn-rate'],
  ['mrrChurnRate', 'mrr-churn-rate', 'mrr-churn-rate'],
] as const;

describe('metrics on the wire', () => {
  itSendsOnTheWire(wire, [
    {
      operation: 'metrics.all',
      call: (cm) =>
        cm.metrics.all({ start_date: '2023-07-01', end_date: '2023-08-31', interval: 'month', geo: ['US', 'GB'], plans: 'Silver Monthly' }),
      method: 'GET',
      path: '/v1/metrics/all',
      query: { ...period, interval: 'month', geo: 'US,GB', plans: 'Silver Monthly' },
      reply: {
        entries: [
          { date: '2023-07-31', mrr: 339704639, arr: 4076455668, 'customer-churn-rate': 17.13, 'mrr-churn-rate': 4.92, ltv: 2977624, customers: 666, asp: 36650, arpa: 510067 },
        ],
      },
    },
    ...singleMetrics.map(
      ([method, segment, key]): WireCase => ({
        operation: `metrics.${method}`,
        call: (cm) => cm.metrics[method]({ 'start-date': '2023-07-01', 'end-date': '2023-08-31', plans: ['Gold', 'Silver'] }),
        method: 'GET',
        path: `/v1/metrics/${segment}`,
        query: { ...period, plans: 'Gold,Silver' },
        reply: { entries: [{ date: '2023-07-31', [key]: 11.9, 'percentage-change': 0 }], summary },
      }),
    ),
    {
      operation: 'metrics.ltv',
      call: (cm) => cm.metrics.ltv({ start_date: '2023-07-01', 'end-date': '2023-08-31', filters: "mrr~GT~1000" }),
      method: 'GET',
      path: '/v1/metrics/ltv',
      query: { ...period, filters: 'mrr~GT~1000' },
      reply: { entries: [{ date: '2023-07-31', ltv: 2977624 }], summary },
    },
  ]);
});

describe('metrics results', () => {
  it('an MRR answer is typed and given as sent, movements and summary included', async () => {
    const body = {
      entries: [
        { date: '2023-07-31', mrr: 100, 'mrr-new-business': 10, 'mrr-expansion': 5, 'mrr-contraction': -1, 'mrr-churn': -2, 'mrr-reactivation': 0 },
      ],
      summary,
      extra_field: 'kept',
    };
    wire.reply(body);
    const result = await testClient().metrics.mrr({ start_date: '2023-07-01', end_date: '2023-07-31' });
    const newBusiness: number | undefined = result.entries[0]?.['mrr-new-business'];
    expect(newBusiness).toBe(10);
    expect(result.summary['percentage-change']).toBe(5);
    // A field the types do not declare still arrives, untouched.
    expect((result as unknown as { extra_field?: unknown }).extra_field).toBe('kept');
  });
});
