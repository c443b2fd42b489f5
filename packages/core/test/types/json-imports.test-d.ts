import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, JsonImport } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('jsonImports types', () => {
  it('take records that name their relatives by external id', () => {
    cm.jsonImports.create('ds', { external_id: 'import_1', plans: [{ name: 'Gold', interval_count: 1, interval_unit: 'month' }] });
    cm.jsonImports.create('ds', {
      external_id: 'import_1',
      line_items: [{ invoice_external_id: 'inv_1', type: 'subscription', amount_in_cents: 1, plan_external_id: 'gold' }],
    });
    // @ts-expect-error an import needs its external_id
    cm.jsonImports.create('ds', { customers: [{ external_id: 'c' }] });
    // @ts-expect-error a line item names its invoice
    cm.jsonImports.create('ds', { external_id: 'i', line_items: [{ type: 'one_time', amount_in_cents: 1 }] });
    // @ts-expect-error records carry no data_source_uuid: the path has it
    cm.jsonImports.create('ds', { external_id: 'i', plans: [{ data_source_uuid: 'ds', name: 'G', interval_count: 1, interval_unit: 'day' }] });
    // @ts-expect-error the source is a path parameter
    cm.jsonImports.create({ external_id: 'i' });
    // @ts-expect-error retrieve needs the source and the import's id
    cm.jsonImports.retrieve('ds');
  });

  it('give typed results', () => {
    expectTypeOf(cm.jsonImports.retrieve('ds', 'import_1')).resolves.toEqualTypeOf<JsonImport>();
  });
});
