// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.opportunities.create;

/** ChartMogul_Customer/API_Actions/creates_a_opportunity_belonging_to_the_customer_correctly.yml#0: POST /v1/opportunities → 201 (Mon, 18 Mar 2024 17:12:39 GMT). */
export const params_ChartMogul_Customer_API_Actions_creates_a_opportunity_belonging_to_the_customer_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_4e49211a-df7b-11ee-8949-df3c4571686f",
  "owner": "kamil+pavlicko@chartmogul.com",
  "pipeline": "New Business",
  "pipeline_stage": "Discovery",
  "estimated_close_date": "2024-03-30",
  "currency": "USD",
  "amount_in_cents": 200000,
  "type": "one-time",
  "forecast_category": "best_case",
  "win_likelihood": 30,
  "custom": [
    {
      "key": "from_campaign",
      "value": true
    }
  ]
};

/** ChartMogul_Customer/API_Actions/creates_a_opportunity_belonging_to_the_customer_correctly.yml#0: POST /v1/opportunities → 201 (Mon, 18 Mar 2024 17:12:39 GMT). */
export const result_ChartMogul_Customer_API_Actions_creates_a_opportunity_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "uuid": "b94b55b2-e54a-11ee-97ac-7f3fb38fdeda",
  "customer_uuid": "cus_4e49211a-df7b-11ee-8949-df3c4571686f",
  "owner": "kamil+pavlicko@chartmogul.com",
  "pipeline": "New Business",
  "pipeline_stage": "Discovery",
  "estimated_close_date": "2024-03-30",
  "currency": "USD",
  "amount_in_cents": 200000,
  "type": "one-time",
  "forecast_category": "best_case",
  "win_likelihood": 30,
  "custom": {
    "from_campaign": true
  },
  "created_at": "2024-03-18T17:12:39.411Z",
  "updated_at": "2024-03-18T17:12:39.411Z"
};

/** ChartMogul_Opportunity/API_Actions/creates_a_opportunity_correctly.yml#0: POST /v1/opportunities → 201 (Mon, 18 Mar 2024 17:15:57 GMT). */
export const params_ChartMogul_Opportunity_API_Actions_creates_a_opportunity_correctly_0: ParamsOf<Row> = {
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
  "custom": [
    {
      "key": "from_campaign",
      "value": true
    }
  ]
};

/** ChartMogul_Opportunity/API_Actions/creates_a_opportunity_correctly.yml#0: POST /v1/opportunities → 201 (Mon, 18 Mar 2024 17:15:57 GMT). */
export const result_ChartMogul_Opportunity_API_Actions_creates_a_opportunity_correctly_0: ResultOf<Row> = {
  "uuid": "2f0b0748-e54b-11ee-81c1-5bf872d9787a",
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
  "created_at": "2024-03-18T17:15:56.960Z",
  "updated_at": "2024-03-18T17:15:56.960Z"
};
