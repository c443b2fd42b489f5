import { created, ok } from '../http/respond.js';
import type { Router } from '../http/router.js';
import { findDataSource } from '../resources/data-sources.js';
import { createJsonImport, findJsonImport, jsonImportToWire } from '../resources/json-imports.js';

export function jsonImportRoutes(router: Router): void {
  router
    .post('/v1/data_sources/:uuid/json_imports', async ({ account, params, body, bodyBytes }) => {
      const ds = findDataSource(account, params.uuid as string);
      const bytes = await bodyBytes();
      return created(jsonImportToWire(account, createJsonImport(account, ds, await body(), bytes), false));
    })
    .get('/v1/data_sources/:uuid/json_imports/:id', ({ account, params }) => {
      const ds = findDataSource(account, params.uuid as string);
      return ok(jsonImportToWire(account, findJsonImport(account, ds, params.id as string), true));
    });
}
