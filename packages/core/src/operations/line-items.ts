import type { UserEditParams } from '../types/import-api.js';
import type {
  LineItem,
  LineItemByExternalIdParams,
  LineItemImportParams,
  LineItemRetrieveByExternalIdParams,
  LineItemRetrieveParams,
  LineItemUpdateByExternalIdParams,
  LineItemUpdateParams,
} from '../types/line-items.js';
import { defineOperation } from './operation.js';
import { BY_EXTERNAL_ID_QUERY, setDisabled, USER_EDIT_QUERY } from './quirks.js';

export const lineItems = {
  import: defineOperation<LineItemImportParams, LineItem>()({
    method: 'POST',
    path: '/v1/import/invoices/{invoice_uuid}/line_items',
    query: USER_EDIT_QUERY,
  }),
  retrieve: defineOperation<LineItemRetrieveParams, LineItem>()({
    method: 'GET',
    path: '/v1/line_items/{uuid}',
  }),
  update: defineOperation<LineItemUpdateParams, LineItem>()({
    method: 'PATCH',
    path: '/v1/line_items/{uuid}',
    query: USER_EDIT_QUERY,
  }),
  delete: defineOperation<UserEditParams, void>()({
    method: 'DELETE',
    path: '/v1/line_items/{uuid}',
    query: USER_EDIT_QUERY,
  }),
  disable: defineOperation<UserEditParams, LineItem>()({
    method: 'PATCH',
    path: '/v1/line_items/{uuid}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(true),
  }),
  enable: defineOperation<UserEditParams, LineItem>()({
    method: 'PATCH',
    path: '/v1/line_items/{uuid}/disabled_state',
    query: USER_EDIT_QUERY,
    prepare: setDisabled(false),
  }),
  retrieveByExternalId: defineOperation<LineItemRetrieveByExternalIdParams, LineItem>()({
    method: 'GET',
    path: '/v1/line_items',
  }),
  updateByExternalId: defineOperation<LineItemUpdateByExternalIdParams, LineItem>()({
    method: 'PATCH',
    path: '/v1/line_items',
    query: BY_EXTERNAL_ID_QUERY,
  }),
  deleteByExternalId: defineOperation<LineItemByExternalIdParams, void>()({
    method: 'DELETE',
    path: '/v1/line_items',
    query: BY_EXTERNAL_ID_QUERY,
  }),
  disableByExternalId: defineOperation<LineItemByExternalIdParams, LineItem>()({
    method: 'PATCH',
    path: '/v1/line_items/disabled_state',
    query: BY_EXTERNAL_ID_QUERY,
    prepare: setDisabled(true),
  }),
  enableByExternalId: defineOperation<LineItemByExternalIdParams, LineItem>()({
    method: 'PATCH',
    path: '/v1/line_items/disabled_state',
    query: BY_EXTERNAL_ID_QUERY,
    prepare: setDisabled(false),
  }),
} as const;
