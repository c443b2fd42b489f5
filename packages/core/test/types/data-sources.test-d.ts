import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, DataSource, DataSourceList, EmptyResult } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('dataSources types', () => {
  it('types the results', async () => {
    expectTypeOf(cm.dataSources.create({ name: 'In-house' })).resolves.toEqualTypeOf<DataSource>();
    expectTypeOf(cm.dataSources.retrieve('ds_1')).resolves.toEqualTypeOf<DataSource>();
    expectTypeOf(cm.dataSources.purge('ds_1')).resolves.toEqualTypeOf<EmptyResult>();
    const list = await cm.dataSources.list({ system: 'Custom' });
    expectTypeOf(list).toEqualTypeOf<DataSourceList>();
    expectTypeOf(list.data_sources).toEqualTypeOf<DataSource[]>();
  });

  it('refuses wrong parameter names and types, and missing required ones', () => {
    // @ts-expect-error the name is required
    cm.dataSources.create({});
    // @ts-expect-error switches are booleans
    cm.dataSources.retrieve('ds_1', { with_processing_status: 'yes' });
    // @ts-expect-error the list of data sources is not paged
    cm.dataSources.list({ cursor: 'c' });
    // @ts-expect-error empty takes the uuid
    cm.dataSources.empty();
  });
});
