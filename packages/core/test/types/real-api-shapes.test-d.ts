import { describe, expectTypeOf, it } from 'vitest';
import type {
  AllMetricsSummary,
  ChartMogulClient,
  Contact,
  Customer,
  CustomerPage,
  EmptyResult,
  Invoice,
  Plan,
  SubscriptionEvent,
} from '../../src/index.js';

declare const cm: ChartMogulClient;

// What the recordings of the real API (fixtures/real-api) showed, held in the types. Each
// `@ts-expect-error` fails the typecheck if the line it guards compiles: a wrong name must not.

describe('response types as the real API answers', () => {
  it('type the nulls the API sends', () => {
    expectTypeOf<Customer['website_url']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Customer['zip']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Customer['billing-system-url']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Contact['customer_uuid']>().toEqualTypeOf<string | null>();
    expectTypeOf<Contact['first_name']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Invoice['due_date']>().toEqualTypeOf<string | null | undefined>();
  });

  it('type subscription events\' "" amounts and their disabled state', () => {
    expectTypeOf<SubscriptionEvent['quantity']>().toEqualTypeOf<number | '' | null>();
    expectTypeOf<SubscriptionEvent['disabled_by']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<SubscriptionEvent['user_created']>().toEqualTypeOf<boolean | undefined>();
  });

  it("type metrics.all's summary and entries per metric", async () => {
    const all = await cm.metrics.all({ start_date: '2024-01-01', end_date: '2024-02-01' });
    expectTypeOf(all.summary).toEqualTypeOf<AllMetricsSummary | undefined>();
    expectTypeOf<AllMetricsSummary['current-mrr']>().toEqualTypeOf<number>();
    expectTypeOf<AllMetricsSummary['previous-customer-churn-rate']>().toEqualTypeOf<number>();
    expectTypeOf<AllMetricsSummary['arpa-percentage-change']>().toEqualTypeOf<number>();
    expectTypeOf(all.entries[0]?.['ltv-percentage-change']).toEqualTypeOf<number | undefined>();
    // @ts-expect-error metrics.all's summary has no bare `current`: it is `current-<metric>`
    all.summary?.current;
  });

  it('type the page-number fields some lists still send', () => {
    expectTypeOf<CustomerPage['total_pages']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<CustomerPage['current_page']>().toEqualTypeOf<number | undefined>();
  });

  it('refuse misspelt fields: there is no open index signature', async () => {
    const customer = await cm.customers.retrieve('cus_1');
    // @ts-expect-error `emial`
    customer.emial;
    const plan: Plan = await cm.plans.retrieve('pl_1');
    // @ts-expect-error `interval_cuont`
    plan.interval_cuont;
    const event = (await cm.subscriptionEvents.list()).subscription_events[0];
    // @ts-expect-error `ammount_in_cents`
    event?.ammount_in_cents;
    const contact = await cm.contacts.retrieve('con_1');
    // @ts-expect-error `linkedin` is spelt `linked_in`
    contact.linkedin;
    expectTypeOf<EmptyResult>().toEqualTypeOf<Record<string, never> | undefined>();
  });
});

describe('params the real API accepted', () => {
  it('accept external_id on updates, invoice_uuid on a transaction import, null on optional fields', () => {
    cm.contacts.update('con_1', { external_id: 'contact_2' });
    cm.contacts.update('con_1', { external_id: null });
    cm.contacts.create({ customer_uuid: 'cus_1', data_source_uuid: 'ds_1', email: 'a@b.c', external_id: null });
    cm.plans.update('pl_1', { name: 'Gold', external_id: 'gold', data_source_uuid: 'ds_1' });
    cm.customers.update('cus_1', { external_id: 'cus_007', data_source_uuid: 'ds_1', company: null });
    cm.customers.create({ data_source_uuid: 'ds_1', external_id: 'x', website_url: null, city: null });
    cm.transactions.import('inv_1', { type: 'payment', date: '2016-01-01', result: 'successful', invoice_uuid: 'inv_1' });
    cm.subscriptionEvents.update({ subscription_event: { id: 1, external_id: 'ev_2' } });
    // @ts-expect-error still no misspelt names: `extrenal_id`
    cm.contacts.update('con_1', { extrenal_id: 'x' });
    // @ts-expect-error name is not nullable
    cm.customers.update('cus_1', { name: null });
  });
});
