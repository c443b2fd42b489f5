import type { CursorParams } from '../types/common.js';
import type { Contact, ContactPage, CustomerContactCreateParams } from '../types/contacts.js';
import { defineOperation } from './operation.js';

/** `client.customers.contacts`: the contacts of one customer (all contacts: `client.contacts`). */
export const customerContacts = {
  list: defineOperation<CursorParams, ContactPage>()({
    method: 'GET',
    path: '/v1/customers/{uuid}/contacts',
    paging: { items: 'entries' },
  }),
  create: defineOperation<CustomerContactCreateParams, Contact>()({
    method: 'POST',
    path: '/v1/customers/{uuid}/contacts',
  }),
} as const;
