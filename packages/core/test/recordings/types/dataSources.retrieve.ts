// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.dataSources.retrieve;

/** ChartMogul_CustomerInvoices/API_Actions/creates_the_customer_invoice_correctly.yml#0: GET /v1/data_sources/ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46 → 200 (Mon, 30 Oct 2023 02:58:40 GMT). */
export const result_ChartMogul_CustomerInvoices_API_Actions_creates_the_customer_invoice_correctly_0: ResultOf<Row> = {
  "uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "name": "Google Sheets app",
  "system": "Google Sheets",
  "created_at": "2023-07-27T13:03:43.614Z",
  "status": "idle"
};

/** ChartMogul_DataSource/API_Interactions/correctly_interracts_with_the_API.yml#2: GET /v1/data_sources/ds_d0b59f2a-cf61-11f0-95c7-c7391c16ed34 → 200 (Tue, 02 Dec 2025 09:32:27 GMT). */
export const result_ChartMogul_DataSource_API_Interactions_correctly_interracts_with_the_API_2: ResultOf<Row> = {
  "uuid": "ds_d0b59f2a-cf61-11f0-95c7-c7391c16ed34",
  "name": "Test Data Source",
  "system": "Custom",
  "created_at": "2025-12-02T09:32:26.858Z",
  "status": "idle",
  "processing_status": {
    "processed": 12,
    "failed": 8,
    "pending": 37
  },
  "auto_churn_subscription_setting": {
    "enabled": true,
    "interval": 30
  },
  "invoice_handling_setting": {
    "manual": {
      "create_subscription_when_invoice_is": "open",
      "update_subscription_when_invoice_is": "open",
      "prevent_subscription_for_invoice_voided": true,
      "prevent_subscription_for_invoice_refunded": false,
      "prevent_subscription_for_invoice_written_off": true
    },
    "automatic": {
      "create_subscription_when_invoice_is": "open",
      "update_subscription_when_invoice_is": "open",
      "prevent_subscription_for_invoice_voided": true,
      "prevent_subscription_for_invoice_refunded": false,
      "prevent_subscription_for_invoice_written_off": true
    }
  }
};

/** ChartMogul_DataSource/API_Interactions/retrieves_existing_data_source_matching_uuid.yml#1: GET /v1/data_sources/ds_5ee8bf93-b0b4-4722-8a17-6b624a3af072 → 200 (Tue, 03 Jan 2017 22:49:40 GMT). */
export const result_ChartMogul_DataSource_API_Interactions_retrieves_existing_data_source_matching_uuid_1: ResultOf<Row> = {
  "uuid": "ds_5ee8bf93-b0b4-4722-8a17-6b624a3af072",
  "name": "TestDS",
  "system": "Import API",
  "created_at": "2016-06-05T18:52:00.931Z",
  "status": "never_imported"
};
