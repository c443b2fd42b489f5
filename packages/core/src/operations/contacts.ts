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
  }),
  list: defineOperation<ContactListParams, ContactPage>()({
    id: 'contacts.list',
    method: 'GET',
    path: '/v1/contacts',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Contact>()({
    id: 'contacts.retrieve',
    noParams: true,
    method: 'GET',
    path: '/v1/contacts/{uuid}',
  }),
  update: defineOperation<ContactUpdateParams, Contact>()({
    id: 'contacts.update',
    method: 'PATCH',
    path: '/v1/contacts/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'contacts.delete',
    noParams: true,
    method: 'DELETE',
    path: '/v1/contacts/{uuid}',
  }),
  /** `merge(intoUuid, fromUuid)`: the `from` contact is merged into the `into` contact, which remains. */
  merge: defineOperation<void, Contact>()({
    id: 'contacts.merge',
    noParams: true,
    method: 'POST',
    path: '/v1/contacts/{into_uuid}/merge/{from_uuid}',
  }),
} as const;
