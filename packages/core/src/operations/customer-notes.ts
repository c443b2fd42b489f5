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
    id: 'customerNotes.create',
    method: 'POST',
    path: '/v1/customer_notes',
  }),
  list: defineOperation<CustomerNoteListParams, CustomerNotePage>()({
    id: 'customerNotes.list',
    method: 'GET',
    path: '/v1/customer_notes',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, CustomerNote>()({
    id: 'customerNotes.retrieve',
    noParams: true,
    method: 'GET',
    path: '/v1/customer_notes/{uuid}',
  }),
  update: defineOperation<CustomerNoteUpdateParams, CustomerNote>()({
    id: 'customerNotes.update',
    method: 'PATCH',
    path: '/v1/customer_notes/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'customerNotes.delete',
    noParams: true,
    method: 'DELETE',
    path: '/v1/customer_notes/{uuid}',
  }),
} as const;
