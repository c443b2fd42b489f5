// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.opportunities.retrieve;

/** ChartMogul_Opportunity/API_Actions/retrieves_a_opportunity_correctly.yml#0: GET /v1/opportunities/3726cd86-e0f0-11ee-8d22-93b1d57bf35d → 200 (Mon, 18 Mar 2024 17:15:35 GMT). */
export const result_ChartMogul_Opportunity_API_Actions_retrieves_a_opportunity_correctly_0: ResultOf<Row> = {
  "uuid": "3726cd86-e0f0-11ee-8d22-93b1d57bf35d",
  "customer_uuid": "cus_8bae29d0-df51-11ee-88c8-97dc7855258a",
  "owner": "kamil+pavlicko@chartmogul.com",
  "pipeline": "New Business",
  "pipeline_stage": "Discovery",
  "estimated_close_date": "2024-03-30",
  "currency": "USD",
  "amount_in_cents": 100000,
  "type": "one-time",
  "forecast_category": "best_case",
  "win_likelihood": 30,
  "custom": {
    "from_campaign": true
  },
  "created_at": "2024-03-13T04:14:41.711Z",
  "updated_at": "2024-03-13T04:14:41.711Z"
};
