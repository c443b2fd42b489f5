import type { EmptyResult } from '../types/common.js';
import type {
  DataSource,
  DataSourceCreateParams,
  DataSourceList,
  DataSourceListParams,
  DataSourceRetrieveParams,
} from '../types/data-sources.js';
import { defineOperation } from './operation.js';

// `GET /v1/data_sources` answers every source at once under `data_sources`, with no cursor,
// so `list` is a plain call, not a paged one.
export const dataSources = {
  create: defineOperation<DataSourceCreateParams, DataSource>()({
    id: 'dataSources.create',
    method: 'POST',
    path: '/v1/data_sources',
  }),
  list: defineOperation<DataSourceListParams, DataSourceList>()({
    id: 'dataSources.list',
    method: 'GET',
    path: '/v1/data_sources',
  }),
  retrieve: defineOperation<DataSourceRetrieveParams, DataSource>()({
    id: 'dataSources.retrieve',
    method: 'GET',
    path: '/v1/data_sources/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'dataSources.delete',
    noParams: true,
    method: 'DELETE',
    path: '/v1/data_sources/{uuid}',
  }),
  /** Deletes the data that depends on the source's customers (invoices, subscriptions...), keeping the source and its customers. */
  purge: defineOperation<void, EmptyResult>()({
    id: 'dataSources.purge',
    noParams: true,
    method: 'DELETE',
    path: '/v1/data_sources/{uuid}/dependent',
  }),
  /** Deletes every record in the source, customers included, but keeps the source and its UUID. */
  empty: defineOperation<void, EmptyResult>()({
    id: 'dataSources.empty',
    noParams: true,
    method: 'DELETE',
    path: '/v1/data_sources/{uuid}/all',
  }),
} as const;
