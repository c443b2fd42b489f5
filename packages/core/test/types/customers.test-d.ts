import { describe, expectTypeOf, it } from 'vitest';
import type {
  ChartMogulClient,
  Customer,
  CustomerActivity,
  CustomerAttributes,
  CustomerCustomAttributes,
  CustomerPage,
  CustomersByEmail,
  CustomerSubscription,
  CustomerTags,
  EmptyResult,
  Page,
  PagePromise,
} from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('customers types', () => {
  it('types the results', async () => {
    expectTypeOf(cm.customers.retrieve('cus_1')).resolves.toEqualTypeOf<Customer>();
    expectTypeOf(cm.customers.create({ data_source_uuid: 'ds_1', external_id: 'x' })).resolves.toEqualTypeOf<Customer>();
    expectTypeOf(cm.customers.delete('cus_1')).resolves.toEqualTypeOf<EmptyResult>();
    expectTypeOf(cm.customers.retrieveAttributes('cus_1')).resolves.toEqualTypeOf<CustomerAttributes>();
    expectTypeOf(cm.customers.list()).toEqualTypeOf<PagePromise<CustomerPage, Customer>>();
    expectTypeOf(cm.customers.search({ email: 'a@b.c' })).toEqualTypeOf<PagePromise<CustomerPage, Customer>>();

    const page = await cm.customers.list();
    expectTypeOf(page).toEqualTypeOf<Page<CustomerPage>>();
    expectTypeOf(page.entries).toEqualTypeOf<Customer[]>();
    expectTypeOf(page.has_more).toEqualTypeOf<boolean>();
    expectTypeOf(page.cursor).toEqualTypeOf<string | null>();
    for await (const customer of cm.customers.list()) {
      expectTypeOf(customer).toEqualTypeOf<Customer>();
      expectTypeOf(customer.uuid).toEqualTypeOf<string>();
      expectTypeOf(customer['customer-since']).toEqualTypeOf<string | null>();
      expectTypeOf(customer.website_url).toEqualTypeOf<string | null | undefined>();
      expectTypeOf(customer.city).toEqualTypeOf<string | null | undefined>();
      // Response types declare exactly the API's fields: a typo does not compile.
      // @ts-expect-error `emial` is not a field of Customer
      customer.emial;
    }
  });

  it('refuses wrong parameter names and types, and missing required ones', () => {
    // @ts-expect-error `emial` is not a parameter
    cm.customers.list({ emial: 'a@b.c' });
    // @ts-expect-error per_page is a number
    cm.customers.list({ per_page: '50' });
    // @ts-expect-error external_id is required on create
    cm.customers.create({ data_source_uuid: 'ds_1' });
    // @ts-expect-error params are required on create
    cm.customers.create();
    // @ts-expect-error search needs an email
    cm.customers.search({ per_page: 10 });
    // @ts-expect-error update takes the uuid first
    cm.customers.update({ name: 'x' });
    // @ts-expect-error retrieve takes no params object
    cm.customers.retrieve('cus_1', { include: 'x' });
    // @ts-expect-error custom attributes on create are typed entries, not a map
    cm.customers.create({ data_source_uuid: 'ds_1', external_id: 'x', attributes: { custom: { CAC: 1 } } });
    cm.customers.update('cus_1', { attributes: { custom: { CAC: 1, channel: { value: 'Twitter', source: 'crm' } } } });
    cm.customers.merge({ from: { customer_uuid: 'cus_1' }, into: { data_source_uuid: 'ds_1', external_id: 'x' } });
    // @ts-expect-error a merge reference is a uuid or a data source + external id, not both
    cm.customers.merge({ from: { customer_uuid: 'cus_1', external_id: 'x' }, into: { customer_uuid: 'cus_2' } });
    // @ts-expect-error only tasks, opportunities and notes can move on unmerge
    cm.customers.unmerge({ customer_uuid: 'c', data_source_uuid: 'd', external_id: 'e', move_to_new_customer: ['invoices'] });
  });
});

describe('customer sub-namespaces types', () => {
  it('types tags and custom attributes', () => {
    expectTypeOf(cm.customers.tags.add('cus_1', { tags: ['a'] })).resolves.toEqualTypeOf<CustomerTags>();
    expectTypeOf(cm.customers.tags.remove('cus_1', { tags: ['a'] })).resolves.toEqualTypeOf<CustomerTags>();
    expectTypeOf(cm.customers.tags.addByEmail({ email: 'a@b.c', tags: ['a'] })).resolves.toEqualTypeOf<CustomersByEmail>();
    expectTypeOf(
      cm.customers.customAttributes.add('cus_1', { custom: [{ type: 'Integer', key: 'age', value: 8 }] }),
    ).resolves.toEqualTypeOf<CustomerCustomAttributes>();
    // @ts-expect-error tags are an array
    cm.customers.tags.add('cus_1', { tags: 'a' });
    // @ts-expect-error addByEmail needs the email
    cm.customers.tags.addByEmail({ tags: ['a'] });
    // @ts-expect-error remove takes the keys, not entries
    cm.customers.customAttributes.remove('cus_1', { custom: [{ key: 'age', value: 1 }] });
    // @ts-expect-error `Text` is not an attribute type
    cm.customers.customAttributes.add('cus_1', { custom: [{ type: 'Text', key: 'age', value: 8 }] });
  });

  it('types subscriptions and activities', async () => {
    for await (const subscription of cm.customers.subscriptions.list('cus_1')) {
      expectTypeOf(subscription).toEqualTypeOf<CustomerSubscription>();
      expectTypeOf(subscription['billing-cycle-count']).toEqualTypeOf<number>();
    }
    for await (const activity of cm.customers.activities.list('cus_1', { per_page: 10 })) {
      expectTypeOf(activity).toEqualTypeOf<CustomerActivity>();
    }
    expectTypeOf(
      cm.customers.subscriptions.connect('cus_1', { subscriptions: [{ data_source_uuid: 'ds', uuid: 'sub_1' }] }),
    ).resolves.toEqualTypeOf<EmptyResult>();
    // @ts-expect-error a subscription is named by uuid or external id with its data source
    cm.customers.subscriptions.disconnect('cus_1', { subscriptions: [{ uuid: 'sub_1' }] });
    // @ts-expect-error the customer uuid comes first
    cm.customers.activities.list({ per_page: 10 });
  });
});
