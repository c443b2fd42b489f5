import { describe, expectTypeOf, it } from 'vitest';
import type { AllMetricsEntry, ChartMogulClient, MetricsSummary, MrrEntry } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('metrics types', () => {
  it('take the period under either spelling, never both', () => {
    cm.metrics.mrr({ start_date: '2024-01-01', end_date: '2024-02-01' });
    cm.metrics.mrr({ 'start-date': '2024-01-01', 'end-date': '2024-02-01', interval: 'week' });
    cm.metrics.arr({ start_date: '2024-01-01', 'end-date': '2024-02-01', geo: ['US', 'GB'], plans: 'Gold' });
    // @ts-expect-error both spellings of the start date
    cm.metrics.mrr({ start_date: '2024-01-01', 'start-date': '2024-01-01', end_date: '2024-02-01' });
    // @ts-expect-error the end date is required
    cm.metrics.mrr({ start_date: '2024-01-01' });
    // @ts-expect-error startDate is not a wire name
    cm.metrics.mrr({ startDate: '2024-01-01', end_date: '2024-02-01' });
    // @ts-expect-error not an interval
    cm.metrics.all({ start_date: 'a', end_date: 'b', interval: 'hour' });
    // @ts-expect-error geo takes country codes as strings
    cm.metrics.customerCount({ start_date: 'a', end_date: 'b', geo: [1] });
    // @ts-expect-error LTV has no interval
    cm.metrics.ltv({ start_date: 'a', end_date: 'b', interval: 'month' });
    // @ts-expect-error metrics need a period
    cm.metrics.asp();
  });

  it('give typed results, hyphenated keys included', () => {
    expectTypeOf(cm.metrics.mrr({ start_date: 'a', end_date: 'b' })).resolves.toHaveProperty('entries').toEqualTypeOf<readonly MrrEntry[]>();
    expectTypeOf(cm.metrics.arpa({ start_date: 'a', end_date: 'b' })).resolves.toHaveProperty('summary').toEqualTypeOf<MetricsSummary>();
    expectTypeOf<MrrEntry['mrr-expansion']>().toEqualTypeOf<number>();
    expectTypeOf(cm.metrics.all({ start_date: 'a', end_date: 'b' }))
      .resolves.toHaveProperty('entries')
      .toEqualTypeOf<readonly AllMetricsEntry[]>();
  });
});
