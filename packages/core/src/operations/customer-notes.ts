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
    summary: 'Creates a note or a call log on a customer.',
  }),
  list: defineOperation<CustomerNoteListParams, CustomerNotePage>()({
    id: 'customerNotes.list',
    method: 'GET',
    path: '/v1/customer_notes',
    summary: 'Lists notes and call logs, optionally of one customer or one type.',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, CustomerNote>()({
    id: 'customerNotes.retrieve',
    method: 'GET',
    path: '/v1/customer_notes/{uuid}',
    summary: 'Returns one note or call log.',
  }),
  update: defineOperation<CustomerNoteUpdateParams, CustomerNote>()({
    id: 'customerNotes.update',
    method: 'PATCH',
    path: '/v1/customer_notes/{uuid}',
    summary: 'Changes a note or call log.',
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'customerNotes.delete',
    method: 'DELETE',
    path: '/v1/customer_notes/{uuid}',
    summary: 'Deletes a note or call log.',
  }),
} as const;
