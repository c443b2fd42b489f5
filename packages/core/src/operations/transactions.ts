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
    id: 'transactions.import',
    method: 'POST',
    path: '/v1/import/invoices/{invoice_uuid}/transactions',
    query: USER_EDIT_QUERY,
  }),
  retrieve: defineOperation<TransactionRetrieveParams, Transaction>()({
    id: 'transactions.retrieve',
    method: 'GET',
    path: '/v1/transactions/{uuid}',
  }),
  update: defineOperation<TransactionUpdateParams, Transaction>()({
    id: 'transactions.update',
    method: 'PATCH',
    path: '/v1/transactions/{uuid}',
    query: USER_EDIT_QUERY,
  }),
  delete: defineOperation<UserEditParams, void>()({
    id: 'transactions.delete',
    method: 'DELETE',
    path: '/v1/transactions/{uuid}',
    query: USER_EDIT_QUERY,
  }),
  disable: defineOperation<UserEditParams, Transaction>()({
    id: 'transactions.disable',
    method: 'PATCH',
    path: '/v1/transactions/{uuid}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(true),
  }),
  enable: defineOperation<UserEditParams, Transaction>()({
    id: 'transactions.enable',
    method: 'PATCH',
    path: '/v1/transactions/{uuid}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(false),
  }),
  retrieveByExternalId: defineOperation<TransactionRetrieveByExternalIdParams, Transaction>()({
    id: 'transactions.retrieveByExternalId',
    method: 'GET',
    path: '/v1/transactions',
  }),
  updateByExternalId: defineOperation<TransactionUpdateByExternalIdParams, Transaction>()({
    id: 'transactions.updateByExternalId',
    method: 'PATCH',
    path: '/v1/transactions',
    query: BY_EXTERNAL_ID_QUERY,
  }),
  deleteByExternalId: defineOperation<TransactionByExternalIdParams, void>()({
    id: 'transactions.deleteByExternalId',
    method: 'DELETE',
    path: '/v1/transactions',
    query: BY_EXTERNAL_ID_QUERY,
  }),
  disableByExternalId: defineOperation<TransactionByExternalIdParams, Transaction>()({
    id: 'transactions.disableByExternalId',
    method: 'PATCH',
    path: '/v1/transactions/disabled_state',
    query: BY_EXTERNAL_ID_QUERY,
    prepare: setDisabled(true),
  }),
  enableByExternalId: defineOperation<TransactionByExternalIdParams, Transaction>()({
    id: 'transactions.enableByExternalId',
    method: 'PATCH',
    path: '/v1/transactions/disabled_state',
    query: BY_EXTERNAL_ID_QUERY,
    prepare: setDisabled(false),
  }),
} as const;
