import { describe, expectTypeOf, it } from 'vitest';
import type { Activity, ChartMogulClient } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('activities types', () => {
  it('take an optional period under either spelling, a kind and an order', () => {
    cm.activities.list();
    cm.activities.list({ start_date: '2024-01-01', type: 'churn', order: '-date', per_page: 50 });
    cm.activities.list({ 'end-date': '2024-01-01' });
    // @ts-expect-error both spellings of the end date
    cm.activities.list({ end_date: 'a', 'end-date': 'a' });
    // @ts-expect-error not an activity kind
    cm.activities.list({ type: 'upgrade' });
    // @ts-expect-error per_page is a number
    cm.activities.list({ per_page: '50' });
  });

  it('iterate typed activities', async () => {
    for await (const activity of cm.activities.list()) {
      expectTypeOf(activity).toEqualTypeOf<Activity>();
      expectTypeOf(activity['activity-mrr-movement']).toEqualTypeOf<number>();
    }
  });
});
