import type {
  ImportedInvoicePage,
  Invoice,
  InvoiceByExternalIdParams,
  InvoiceDeleteAllParams,
  InvoiceImportParams,
  InvoiceImportResult,
  InvoiceListImportedParams,
  InvoiceListParams,
  InvoicePage,
  InvoiceRetrieveParams,
  InvoiceUpdateByExternalIdParams,
  InvoiceUpdateParams,
  InvoiceUpdateStatusParams,
} from '../types/invoices.js';
import type { UserEditParams } from '../types/import-api.js';
import { defineOperation } from './operation.js';
import { BY_EXTERNAL_ID_QUERY, setDisabled, USER_EDIT_QUERY } from './quirks.js';

export const invoices = {
  import: defineOperation<InvoiceImportParams, InvoiceImportResult>()({
    method: 'POST',
    path: '/v1/import/customers/{uuid}/invoices',
    query: USER_EDIT_QUERY,
  }),
  listImported: defineOperation<InvoiceListImportedParams, ImportedInvoicePage>()({
    method: 'GET',
    path: '/v1/import/customers/{uuid}/invoices',
    paging: { items: 'invoices' },
  }),
  updateImported: defineOperation<InvoiceImportParams, InvoiceImportResult>()({
    method: 'PUT',
    path: '/v1/import/customers/{uuid}/invoices',
    query: USER_EDIT_QUERY,
  }),
  list: defineOperation<InvoiceListParams, InvoicePage>()({
    method: 'GET',
    path: '/v1/invoices',
    paging: { items: 'invoices' },
  }),
  retrieve: defineOperation<InvoiceRetrieveParams, Invoice>()({
    method: 'GET',
    path: '/v1/invoices/{uuid}',
  }),
  update: defineOperation<InvoiceUpdateParams, Invoice>()({
    method: 'PATCH',
    path: '/v1/invoices/{uuid}',
    query: USER_EDIT_QUERY,
  }),
  delete: defineOperation<UserEditParams, void>()({
    method: 'DELETE',
    path: '/v1/invoices/{uuid}',
    query: USER_EDIT_QUERY,
  }),
  disable: defineOperation<UserEditParams, Invoice>()({
    method: 'PATCH',
    path: '/v1/invoices/{uuid}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(true),
  }),
  enable: defineOperation<UserEditParams, Invoice>()({
    method: 'PATCH',
    path: '/v1/invoices/{uuid}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(false),
  }),
  updateByExternalId: defineOperation<InvoiceUpdateByExternalIdParams, Invoice>()({
    method: 'PATCH',
    path: '/v1/invoices',
    query: BY_EXTERNAL_ID_QUERY,
  }),
  deleteByExternalId: defineOperation<InvoiceByExternalIdParams, void>()({
    method: 'DELETE',
    path: '/v1/invoices',
    query: BY_EXTERNAL_ID_QUERY,
  }),
  disableByExternalId: defineOperation<InvoiceByExternalIdParams, Invoice>()({
    method: 'PATCH',
    path: '/v1/invoices/disabled_state',
    query: BY_EXTERNAL_ID_QUERY,
    prepare: setDisabled(true),
  }),
  enableByExternalId: defineOperation<InvoiceByExternalIdParams, Invoice>()({
    method: 'PATCH',
    path: '/v1/invoices/disabled_state',
    query: BY_EXTERNAL_ID_QUERY,
    prepare: setDisabled(false),
  }),
  updateStatus: defineOperation<InvoiceUpdateStatusParams, Invoice>()({
    method: 'PUT',
    path: '/v1/data_sources/{data_source_uuid}/invoices/{external_id}/status',
    query: USER_EDIT_QUERY,
  }),
  deleteAll: defineOperation<InvoiceDeleteAllParams, void>()({
    method: 'DELETE',
    path: '/v1/data_sources/{data_source_uuid}/customers/{uuid}/invoices',
    query: ['customer_external_id'],
  }),
} as const;
