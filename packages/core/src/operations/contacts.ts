import type { EmptyResult } from '../types/common.js';
import type {
  Contact,
  ContactCreateParams,
  ContactListParams,
  ContactPage,
  ContactUpdateParams,
} from '../types/contacts.js';
import { defineOperation } from './operation.js';

export const contacts = {
  create: defineOperation<ContactCreateParams, Contact>()({
    id: 'contacts.create',
    method: 'POST',
    path: '/v1/contacts',
    summary: 'Creates a contact of a customer.',
  }),
  list: defineOperation<ContactListParams, ContactPage>()({
    id: 'contacts.list',
    method: 'GET',
    path: '/v1/contacts',
    summary: 'Lists contacts, optionally by customer, data source or email.',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Contact>()({
    id: 'contacts.retrieve',
    method: 'GET',
    path: '/v1/contacts/{uuid}',
    summary: 'Returns one contact.',
  }),
  update: defineOperation<ContactUpdateParams, Contact>()({
    id: 'contacts.update',
    method: 'PATCH',
    path: '/v1/contacts/{uuid}',
    summary: "Changes a contact's fields.",
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'contacts.delete',
    method: 'DELETE',
    path: '/v1/contacts/{uuid}',
    summary: 'Deletes a contact.',
  }),
  /** `merge(intoUuid, fromUuid)`: the `from` contact is merged into the `into` contact, which remains. */
  merge: defineOperation<void, Contact>()({
    id: 'contacts.merge',
    method: 'POST',
    path: '/v1/contacts/{into_uuid}/merge/{from_uuid}',
    summary: 'Merges the second contact into the first; returns the merged contact.',
  }),
} as const;
