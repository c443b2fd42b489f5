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
    summary: 'Creates a data source to import billing data into.',
  }),
  list: defineOperation<DataSourceListParams, DataSourceList>()({
    id: 'dataSources.list',
    method: 'GET',
    path: '/v1/data_sources',
    summary: 'Lists every data source, optionally by name or billing system.',
  }),
  retrieve: defineOperation<DataSourceRetrieveParams, DataSource>()({
    id: 'dataSources.retrieve',
    method: 'GET',
    path: '/v1/data_sources/{uuid}',
    summary: 'Returns one data source.',
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'dataSources.delete',
    method: 'DELETE',
    path: '/v1/data_sources/{uuid}',
    summary: 'Deletes a data source and all the data imported into it.',
  }),
  /** Deletes the data that depends on the source's customers (invoices, subscriptions...), keeping the source and its customers. */
  purge: defineOperation<void, EmptyResult>()({
    id: 'dataSources.purge',
    method: 'DELETE',
    path: '/v1/data_sources/{uuid}/dependent',
    summary: "Deletes a data source's data except the source itself and its customers.",
  }),
  /** Deletes every record in the source, customers included, but keeps the source and its UUID. */
  empty: defineOperation<void, EmptyResult>()({
    id: 'dataSources.empty',
    method: 'DELETE',
    path: '/v1/data_sources/{uuid}/all',
    summary: 'Deletes all the data in a data source, keeping the source and its UUID.',
  }),
} as const;
