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
    method: 'POST',
    path: '/v1/contacts',
  }),
  list: defineOperation<ContactListParams, ContactPage>()({
    method: 'GET',
    path: '/v1/contacts',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Contact>()({
    noParams: true,
    method: 'GET',
    path: '/v1/contacts/{uuid}',
  }),
  update: defineOperation<ContactUpdateParams, Contact>()({
    method: 'PATCH',
    path: '/v1/contacts/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    noParams: true,
    method: 'DELETE',
    path: '/v1/contacts/{uuid}',
  }),
  /** `merge(intoUuid, fromUuid)`: the `from` contact is merged into the `into` contact, which remains. */
  merge: defineOperation<void, Contact>()({
    noParams: true,
    method: 'POST',
    path: '/v1/contacts/{into_uuid}/merge/{from_uuid}',
  }),
} as const;
