import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, Opportunity, OpportunityPage, PagePromise } from '../../src/index.js';

declare const cm: ChartMogulClient;

const deal = {
  customer_uuid: 'cus_1',
  owner: 'kamil@example.com',
  pipeline: 'New Business',
  pipeline_stage: 'Discovery',
  estimated_close_date: '2024-04-21',
  currency: 'USD',
  amount_in_cents: 100000,
};

describe('opportunities types', () => {
  it('types the results', async () => {
    expectTypeOf(cm.opportunities.create(deal)).resolves.toEqualTypeOf<Opportunity>();
    expectTypeOf(cm.opportunities.list({ owner: 'kamil@example.com' })).toEqualTypeOf<
      PagePromise<OpportunityPage, Opportunity>
    >();
    const opportunity = await cm.opportunities.retrieve('opp_1');
    expectTypeOf(opportunity.amount_in_cents).toEqualTypeOf<number>();
  });

  it('refuses wrong parameter names and types, and missing required ones', () => {
    // @ts-expect-error the amount is required
    cm.opportunities.create({ ...deal, amount_in_cents: undefined });
    // @ts-expect-error amounts are numbers of cents
    cm.opportunities.update('opp_1', { amount_in_cents: '1000' });
    // @ts-expect-error not a forecast category
    cm.opportunities.update('opp_1', { forecast_category: 'maybe' });
    // @ts-expect-error `close_date_after` is not a filter
    cm.opportunities.list({ close_date_after: '2024-01-01' });
  });
});
