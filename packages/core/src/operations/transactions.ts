import type { UserEditParams } from '../types/import-api.js';
import type {
  Transaction,
  TransactionByExternalIdParams,
  TransactionImportParams,
  TransactionRetrieveByExternalIdParams,
  TransactionRetrieveParams,
  TransactionUpdateByExternalIdParams,
  TransactionUpdateParams,
} from '../types/transactions.js';
import { defineOperation } from './operation.js';
import { BY_EXTERNAL_ID_QUERY, setDisabled, USER_EDIT_QUERY } from './quirks.js';

export const transactions = {
  import: defineOperation<TransactionImportParams, Transaction>()({
    method: 'POST',
    path: '/v1/import/invoices/{invoice_uuid}/transactions',
    query: USER_EDIT_QUERY,
  }),
  retrieve: defineOperation<TransactionRetrieveParams, Transaction>()({
    method: 'GET',
    path: '/v1/transactions/{uuid}',
  }),
  update: defineOperation<TransactionUpdateParams, Transaction>()({
    method: 'PATCH',
    path: '/v1/transactions/{uuid}',
    query: USER_EDIT_QUERY,
  }),
  delete: defineOperation<UserEditParams, void>()({
    method: 'DELETE',
    path: '/v1/transactions/{uuid}',
    query: USER_EDIT_QUERY,
  }),
  disable: defineOperation<UserEditParams, Transaction>()({
    method: 'PATCH',
    path: '/v1/transactions/{uuid}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(true),
  }),
  enable: defineOperation<UserEditParams, Transaction>()({
    method: 'PATCH',
    path: '/v1/transactions/{uuid}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(false),
  }),
  retrieveByExternalId: defineOperation<TransactionRetrieveByExternalIdParams, Transaction>()({
    method: 'GET',
    path: '/v1/transactions',
  }),
  updateByExternalId: defineOperation<TransactionUpdateByExternalIdParams, Transaction>()({
    method: 'PATCH',
    path: '/v1/transactions',
    query: BY_EXTERNAL_ID_QUERY,
  }),
  deleteByExternalId: defineOperation<TransactionByExternalIdParams, void>()({
    method: 'DELETE',
    path: '/v1/transactions',
    query: BY_EXTERNAL_ID_QUERY,
  }),
  disableByExternalId: defineOperation<TransactionByExternalIdParams, Transaction>()({
    method: 'PATCH',
    path: '/v1/transactions/disabled_state',
    query: BY_EXTERNAL_ID_QUERY,
    prepare: setDisabled(true),
  }),
  enableByExternalId: defineOperation<TransactionByExternalIdParams, Transaction>()({
    method: 'PATCH',
    path: '/v1/transactions/disabled_state',
    query: BY_EXTERNAL_ID_QUERY,
    prepare: setDisabled(false),
  }),
} as const;
