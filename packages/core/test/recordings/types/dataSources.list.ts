// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.dataSources.list;

/** ChartMogul_DataSource/API_Interactions/correctly_interracts_with_the_API.yml#1: GET /v1/data_sources → 200 (Tue, 02 Dec 2025 09:32:27 GMT). */
export const result_ChartMogul_DataSource_API_Interactions_correctly_interracts_with_the_API_1: ResultOf<Row> = {
  "data_sources": [
    {
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
    }
  ]
};

/** ChartMogul_DataSource/API_Interactions/correctly_interracts_with_the_API.yml#4: GET /v1/data_sources → 200 (Tue, 02 Dec 2025 09:32:28 GMT). */
export const result_ChartMogul_DataSource_API_Interactions_correctly_interracts_with_the_API_4: ResultOf<Row> = {
  "data_sources": []
};
