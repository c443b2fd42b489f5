import type { EmptyResult } from '../types/common.js';
import type {
  CustomerNote,
  CustomerNoteCreateParams,
  CustomerNoteListParams,
  CustomerNotePage,
  CustomerNoteUpdateParams,
} from '../types/customer-notes.js';
import { defineOperation } from './operation.js';

export const customerNotes = {
  create: defineOperation<CustomerNoteCreateParams, CustomerNote>()({
    method: 'POST',
    path: '/v1/customer_notes',
  }),
  list: defineOperation<CustomerNoteListParams, CustomerNotePage>()({
    method: 'GET',
    path: '/v1/customer_notes',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, CustomerNote>()({
    noParams: true,
    method: 'GET',
    path: '/v1/customer_notes/{uuid}',
  }),
  update: defineOperation<CustomerNoteUpdateParams, CustomerNote>()({
    method: 'PATCH',
    path: '/v1/customer_notes/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    noParams: true,
    method: 'DELETE',
    path: '/v1/customer_notes/{uuid}',
  }),
} as const;
