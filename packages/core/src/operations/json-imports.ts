import type { JsonImport, JsonImportCreateParams } from '../types/json-imports.js';
import { defineOperation } from './operation.js';

/** Bulk imports: many records of a source in one request, processed in the background. */
export const jsonImports = {
  create: defineOperation<JsonImportCreateParams, JsonImport>()({
    id: 'jsonImports.create',
    method: 'POST',
    path: '/v1/data_sources/{data_source_uuid}/json_imports',
  }),
  retrieve: defineOperation<void, JsonImport>()({
    id: 'jsonImports.retrieve',
    noParams: true,
    method: 'GET',
    path: '/v1/data_sources/{data_source_uuid}/json_imports/{import_id}',
  }),
} as const;
