import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, ImportedSubscription } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('subscriptions (Import API) types', () => {
  it('cancel takes cancelled_at or cancellation_dates, not both and not neither', () => {
    cm.subscriptions.cancel('sub_1', { cancelled_at: '2024-01-15' });
    cm.subscriptions.cancel('sub_1', { cancellation_dates: [] });
    // @ts-expect-error both at once is ambiguous
    cm.subscriptions.cancel('sub_1', { cancelled_at: '2024-01-15', cancellation_dates: ['2024-01-15'] });
    // @ts-expect-error one of the two is required
    cm.subscriptions.cancel('sub_1', {});
    // @ts-expect-error cancellation_dates is an array
    cm.subscriptions.cancel('sub_1', { cancellation_dates: '2024-01-15' });
    // @ts-expect-error cancelled_on is not a wire name
    cm.subscriptions.cancel('sub_1', { cancelled_on: '2024-01-15' });
  });

  it('give typed results', () => {
    expectTypeOf(cm.subscriptions.cancel('sub_1', { cancelled_at: 'd' })).resolves.toEqualTypeOf<ImportedSubscription>();
    expectTypeOf(cm.subscriptions.listImported('cus_1'))
      .resolves.toHaveProperty('subscriptions')
      .toEqualTypeOf<ImportedSubscription[]>();
  });
});
