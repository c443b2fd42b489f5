import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, Contact, ContactPage, EmptyResult, PagePromise } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('contacts types', () => {
  it('types the results', async () => {
    expectTypeOf(cm.contacts.retrieve('con_1')).resolves.toEqualTypeOf<Contact>();
    expectTypeOf(cm.contacts.merge('con_into', 'con_from')).resolves.toEqualTypeOf<Contact>();
    expectTypeOf(cm.contacts.delete('con_1')).resolves.toEqualTypeOf<EmptyResult>();
    expectTypeOf(cm.contacts.list({ email: 'a@b.c' })).toEqualTypeOf<PagePromise<ContactPage, Contact>>();
    expectTypeOf(cm.customers.contacts.list('cus_1')).toEqualTypeOf<PagePromise<ContactPage, Contact>>();
    for await (const contact of cm.contacts.list()) expectTypeOf(contact.custom).toEqualTypeOf<Record<string, unknown> | undefined>();
  });

  it('refuses wrong parameter names and types, and missing required ones', () => {
    // @ts-expect-error create needs the customer
    cm.contacts.create({ data_source_uuid: 'ds_1', first_name: 'Adam' });
    // @ts-expect-error the customer-scoped create takes the customer in the path, the data source in params
    cm.customers.contacts.create('cus_1', { first_name: 'Adam' });
    // @ts-expect-error position is a number
    cm.contacts.update('con_1', { position: 'first' });
    // @ts-expect-error custom fields are key/value entries
    cm.contacts.update('con_1', { custom: { date_of_birth: '1985-01-22' } });
    // @ts-expect-error merge takes both contacts
    cm.contacts.merge('con_into');
    // @ts-expect-error `linkedin` is spelled `linked_in`
    cm.contacts.update('con_1', { linkedin: 'https://linkedin.com/x' });
  });
});
