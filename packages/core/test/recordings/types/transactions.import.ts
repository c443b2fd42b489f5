// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.transactions.import;

/** ChartMogul_Transactions_Payment/API_Interactions/correctly_interracts_with_the_API.yml#3: POST /v1/import/invoices/inv_d6921981-c0a7-46f6-a2d5-46367f2f97a1/transactions → 201 (Fri, 14 Mar 2025 14:28:51 GMT). */
export const params_ChartMogul_Transactions_Payment_API_Interactions_correctly_interracts_with_the_API_3: ParamsOf<Row> = {
  "type": "payment",
  "date": "2016-01-01 12:00:00 UTC",
  "result": "successful",
  "external_id": "test_tr_ext_id",
  "amount_in_cents": 500,
  "transaction_fees_in_cents": 2,
  "invoice_uuid": "inv_d6921981-c0a7-46f6-a2d5-46367f2f97a1"
};

/** ChartMogul_Transactions_Payment/API_Interactions/correctly_interracts_with_the_API.yml#3: POST /v1/import/invoices/inv_d6921981-c0a7-46f6-a2d5-46367f2f97a1/transactions → 201 (Fri, 14 Mar 2025 14:28:51 GMT). */
export const result_ChartMogul_Transactions_Payment_API_Interactions_correctly_interracts_with_the_API_3: ResultOf<Row> = {
  "external_id": "test_tr_ext_id",
  "result": "successful",
  "amount_in_cents": 500,
  "transaction_fees_in_cents": 2,
  "uuid": "tr_c6f3f8df-4ca3-4034-bbc9-3004a338d37e",
  "type": "payment",
  "date": "2016-01-01T12:00:00.000Z"
};
