import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, Page, PagePromise, Plan, PlanPage } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('plans types', () => {
  it('take their params by wire name, with the required ones required', () => {
    cm.plans.create({ data_source_uuid: 'ds', name: 'Gold', interval_count: 1, interval_unit: 'month' });
    // @ts-expect-error interval_unit is required
    cm.plans.create({ data_source_uuid: 'ds', name: 'Gold', interval_count: 1 });
    // @ts-expect-error camelCase is not a wire name
    cm.plans.create({ dataSourceUuid: 'ds', name: 'Gold', interval_count: 1, interval_unit: 'month' });
    // @ts-expect-error interval_count is a number
    cm.plans.create({ data_source_uuid: 'ds', name: 'Gold', interval_count: '1', interval_unit: 'month' });
    // @ts-expect-error not an interval unit
    cm.plans.create({ data_source_uuid: 'ds', name: 'Gold', interval_count: 1, interval_unit: 'fortnight' });
    // @ts-expect-error create needs params
    cm.plans.create();
    // @ts-expect-error a misspelt filter
    cm.plans.list({ datasource_uuid: 'ds' });
    // @ts-expect-error the deprecated page parameter does not exist
    cm.plans.list({ page: 2 });
    // As recorded from the real API: an update may carry the plan's external_id and source back.
    cm.plans.update('pl_1', { name: 'Gold', external_id: 'gold', data_source_uuid: 'ds' });
    // @ts-expect-error a misspelt field
    cm.plans.update('pl_1', { intervall_count: 2 });
    // @ts-expect-error retrieve needs the uuid
    cm.plans.retrieve();
  });

  it('give typed results', () => {
    expectTypeOf(cm.plans.retrieve('pl_1')).resolves.toEqualTypeOf<Plan>();
    expectTypeOf(cm.plans.delete('pl_1')).resolves.toEqualTypeOf<void>();
    expectTypeOf(cm.plans.list()).toEqualTypeOf<PagePromise<PlanPage, Plan>>();
    expectTypeOf(cm.plans.list()).resolves.toEqualTypeOf<Page<PlanPage>>();
    expectTypeOf<Plan['interval_count']>().toEqualTypeOf<number>();
    // Response types declare exactly the API's fields: a misspelt one does not compile.
    // @ts-expect-error `interval_cuont` is not a field of Plan
    expectTypeOf<Plan['interval_cuont']>().toBeUnknown();
  });
});
