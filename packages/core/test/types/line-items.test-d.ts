import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, LineItem } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('lineItems types', () => {
  it('take their params by wire name', () => {
    cm.lineItems.import('inv_1', { type: 'one_time', amount_in_cents: 2500, description: 'Setup' });
    // @ts-expect-error amount_in_cents is required
    cm.lineItems.import('inv_1', { type: 'one_time' });
    // @ts-expect-error amount_in_cents is a number of cents
    cm.lineItems.import('inv_1', { type: 'one_time', amount_in_cents: '25.00' });
    // @ts-expect-error proration_type takes ChartMogul's values
    cm.lineItems.update('li_1', { proration_type: 'partial' });
    // @ts-expect-error amount is not a wire name
    cm.lineItems.update('li_1', { amount: 100 });
    cm.lineItems.retrieveByExternalId({ data_source_uuid: 'ds', external_id: 'li_ext', with_disabled: true });
    cm.lineItems.updateByExternalId({ data_source_uuid: 'ds', external_id: 'li_ext', quantity: 3 });
    // @ts-expect-error quantity is a number
    cm.lineItems.updateByExternalId({ data_source_uuid: 'ds', external_id: 'li_ext', quantity: '3' });
    // @ts-expect-error by external id needs both ids
    cm.lineItems.disableByExternalId({ data_source_uuid: 'ds' });
  });

  it('give typed results', () => {
    expectTypeOf(cm.lineItems.retrieve('li_1')).resolves.toEqualTypeOf<LineItem>();
    expectTypeOf(cm.lineItems.enableByExternalId({ data_source_uuid: 'ds', external_id: 'e' })).resolves.toEqualTypeOf<LineItem>();
    expectTypeOf(cm.lineItems.delete('li_1')).resolves.toEqualTypeOf<void>();
    expectTypeOf<LineItem['amount_in_cents']>().toEqualTypeOf<number>();
  });
});
