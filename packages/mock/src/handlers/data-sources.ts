import type { Router } from '../http/router.js';
import { flag, matchesQuery } from '../http/query.js';
import { created, noContent, ok } from '../http/respond.js';
import {
  createDataSource,
  dataSourceToWire,
  deleteDataSource,
  findDataSource,
  purgeDataSource,
} from '../resources/data-sources.js';

const detailsOf = (query: URLSearchParams) => ({
  processingStatus: flag(query, 'with_processing_status'),
  autoChurnSetting: flag(query, 'with_auto_churn_subscription_setting'),
  invoiceHandlingSetting: flag(query, 'with_invoice_handling_setting'),
});

export function dataSourceRoutes(router: Router): void {
  router
    .post('/v1/data_sources', async ({ account, body }) => created(dataSourceToWire(account, createDataSource(account, await body()))))
    // Not paged: ChartMogul returns every data source under `data_sources`.
    .get('/v1/data_sources', ({ account, query }) => {
      const details = detailsOf(query);
      const list = [...account.collections.dataSources.values()].filter((ds) =>
        matchesQuery(query, [['name', ds.name], ['system', ds.system]]),
      );
      return ok({ data_sources: list.map((ds) => dataSourceToWire(account, ds, details)) });
    })
    .get('/v1/data_sources/:uuid', ({ account, params, query }) =>
      ok(dataSourceToWire(account, findDataSource(account, params.uuid as string), detailsOf(query))),
    )
    .delete('/v1/data_sources/:uuid', ({ account, params }) => {
      deleteDataSource(account, findDataSource(account, params.uuid as string));
      return noContent();
    })
    .delete('/v1/data_sources/:uuid/dependent', ({ account, params }) => {
      purgeDataSource(account, findDataSource(account, params.uuid as string), 'billing');
      return noContent();
    })
    .delete('/v1/data_sources/:uuid/all', ({ account, params }) => {
      purgeDataSource(account, findDataSource(account, params.uuid as string), 'everything');
      return noContent();
    });
}
