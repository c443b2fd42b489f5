import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, Customer, PingResult } from '../../src/index.js';

declare const cm: ChartMogulClient;
declare const signal: AbortSignal;

describe('calling shape', () => {
  it('an operation without params takes its options right after the path parameters', () => {
    expectTypeOf(cm.ping({ signal })).resolves.toEqualTypeOf<PingResult>();
    expectTypeOf(cm.ping({ timeout: 5000, maxRetries: 0 })).resolves.toEqualTypeOf<PingResult>();
    expectTypeOf(cm.customers.retrieve('cus_1', { timeout: 5000 })).resolves.toEqualTypeOf<Customer>();
    expectTypeOf(cm.customers.delete('cus_1', { signal, timeout: 5 })).toBeObject();
  });

  it('an operation without params refuses params', () => {
    // @ts-expect-error ping takes no params
    cm.ping({ data: 'x' });
    // @ts-expect-error the old shape: nothing goes between the path parameters and the options
    cm.ping(undefined, { timeout: 5000 });
    // @ts-expect-error the old shape
    cm.customers.retrieve('cus_1', {}, { timeout: 5000 });
  });

  it('an operation with params takes options after them', () => {
    expectTypeOf(cm.customers.list({ per_page: 2 }, { signal })).toBeObject();
    expectTypeOf(cm.customers.list(undefined, { timeout: 5000 })).toBeObject();
    expectTypeOf(cm.customers.update('cus_1', { name: 'A' }, { maxRetries: 0 })).resolves.toEqualTypeOf<Customer>();
  });

  it('options in the params slot do not compile', () => {
    // @ts-expect-error options where the params go
    cm.customers.list({ timeout: 5000 });
    // @ts-expect-error options where the params go
    cm.customers.list({ signal });
    // @ts-expect-error options where the params go
    cm.customers.update('cus_1', { timeout: 5000 });
    // @ts-expect-error options where the params go
    cm.invoices.delete('inv_1', { signal });
    // @ts-expect-error options where the params go
    cm.customers.tags.remove('cus_1', { headers: { 'x-a': 'b' } });
    // @ts-expect-error options where the params go
    cm.metrics.all({ maxRetries: 0 });
  });

  it('request() takes a route, params and options', () => {
    expectTypeOf(cm.request<Customer>('GET /v1/customers/{uuid}', { uuid: 'cus_1' })).resolves.toEqualTypeOf<Customer>();
    expectTypeOf(cm.request('GET /v1/ping')).resolves.toBeUnknown();
    // @ts-expect-error a route starts with a method and a space
    cm.request('/v1/ping');
  });
});
