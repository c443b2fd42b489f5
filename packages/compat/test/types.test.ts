// The declarations users get: results typed by the kit's row for each call, Config required.
// Checked by `tsc` (the package's typecheck); at run time only the calls' existence is.
import type { Customer, CustomerPage, Plan } from '@chartmogul-kit/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as ChartMogul from '../src/index.js';

const config = new ChartMogul.Config('k');

describe('types', () => {
  it('types each result by the call it is', () => {
    expectTypeOf(ChartMogul.Ping.ping).returns.resolves.toEqualTypeOf<{ data: string }>();
    expectTypeOf(ChartMogul.Customer.retrieve).returns.resolves.toEqualTypeOf<Customer>();
    expectTypeOf(ChartMogul.Customer.all).returns.resolves.toEqualTypeOf<CustomerPage>();
    expectTypeOf(ChartMogul.Plan.create).returns.resolves.toEqualTypeOf<Plan>();
    expectTypeOf(ChartMogul.Plan.destroy).returns.resolves.toEqualTypeOf<Record<string, never>>();
    expectTypeOf(ChartMogul.Customer.update).returns.resolves.toEqualTypeOf<ChartMogul.ApiResult>();
    expectTypeOf(ChartMogul.Metrics.Customer.activities).parameter(0).toEqualTypeOf<ChartMogul.Config>();
    expect(typeof ChartMogul.Metrics.mrr).toBe('function');
  });

  it('wants a Config first', () => {
    // @ts-expect-error the key alone is not a Config.
    const refused = () => ChartMogul.Ping.ping('k');
    expect(typeof refused).toBe('function');
    expectTypeOf(ChartMogul.Customer.retrieve).toBeCallableWith(config, 'cus_1');
  });
});
