// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.opportunities.list;

/** ChartMogul_Customer/API_Actions/lists_the_opportunities_belonging_to_the_customer_correctly.yml#0: GET /v1/opportunities → 200 (Mon, 18 Mar 2024 17:13:44 GMT). */
export const result_ChartMogul_Customer_API_Actions_lists_the_opportunities_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "5bee0a42-df7b-11ee-9506-cb238e9b1218",
      "customer_uuid": "cus_4e49211a-df7b-11ee-8949-df3c4571686f",
      "owner": "kamil+pavlicko@chartmogul.com",
      "pipeline": "New Business",
      "pipeline_stage": "Evaluation",
      "estimated_close_date": "2024-03-28",
      "currency": "USD",
      "amount_in_cents": 50000,
      "type": "recurring",
      "forecast_category": "best_case",
      "win_likelihood": 80,
      "custom": {
        "from_campaign": true
      },
      "created_at": "2024-03-11T07:45:41.133Z",
      "updated_at": "2024-03-11T07:45:41.133Z"
    }
  ],
  "cursor": "MjAyNC0wMy0xMVQwNzo0NTo0MS4xMzM4NjEwMDBaJjViZWUwYTQyLWRmN2ItMTFlZS05NTA2LWNiMjM4ZTliMTIxOA==",
  "has_more": false
};

/** ChartMogul_Opportunity/API_Actions/retrieves_all_opportunities_correctly.yml#0: GET /v1/opportunities → 200 (Mon, 18 Mar 2024 17:14:58 GMT). */
export const result_ChartMogul_Opportunity_API_Actions_retrieves_all_opportunities_correctly_0: ResultOf<Row> = {
  "entries": [
    {
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
    },
    {
      "uuid": "e4680418-e0ed-11ee-9b46-c36ccf904b17",
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
        "from_campaign": false
      },
      "created_at": "2024-03-13T03:58:03.894Z",
      "updated_at": "2024-03-13T03:58:03.894Z"
    },
    {
      "uuid": "03d7d5bc-df72-11ee-b10d-8b789d757c2a",
      "customer_uuid": "cus_8bae29d0-df51-11ee-88c8-97dc7855258a",
      "owner": "kamil+pavlicko@chartmogul.com",
      "pipeline": "New Business",
      "pipeline_stage": "Discovery",
      "estimated_close_date": "2024-04-30",
      "currency": "USD",
      "amount_in_cents": 100000,
      "type": "recurring",
      "forecast_category": "pipeline",
      "win_likelihood": 50,
      "custom": {
        "from_campaign": true
      },
      "created_at": "2024-03-11T06:38:47.879Z",
      "updated_at": "2024-03-13T04:18:41.073Z"
    }
  ],
  "cursor": "MjAyNC0wMy0xMVQwNjozODo0Ny44Nzk2NDYwMDBaJjAzZDdkNWJjLWRmNzItMTFlZS1iMTBkLThiNzg5ZDc1N2MyYQ==",
  "has_more": false
};

/** ChartMogul_Opportunity/API_Actions/with_pagination/paginates_correctly.yml#0: GET /v1/opportunities → 200 (Mon, 18 Mar 2024 17:39:22 GMT). */
export const result_ChartMogul_Opportunity_API_Actions_with_pagination_paginates_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "5bee0a42-df7b-11ee-9506-cb238e9b1218",
      "customer_uuid": "cus_4e49211a-df7b-11ee-8949-df3c4571686f",
      "owner": "kamil+pavlicko@chartmogul.com",
      "pipeline": "New Business",
      "pipeline_stage": "Evaluation",
      "estimated_close_date": "2024-03-28",
      "currency": "USD",
      "amount_in_cents": 50000,
      "type": "recurring",
      "forecast_category": "best_case",
      "win_likelihood": 80,
      "custom": {
        "from_campaign": true
      },
      "created_at": "2024-03-11T07:45:41.133Z",
      "updated_at": "2024-03-11T07:45:41.133Z"
    }
  ],
  "cursor": "MjAyNC0wMy0xMVQwNzo0NTo0MS4xMzM4NjEwMDBaJjViZWUwYTQyLWRmN2ItMTFlZS05NTA2LWNiMjM4ZTliMTIxOA==",
  "has_more": true
};

/** ChartMogul_Opportunity/API_Actions/with_pagination/paginates_correctly.yml#1: GET /v1/opportunities → 200 (Mon, 18 Mar 2024 17:39:23 GMT). */
export const result_ChartMogul_Opportunity_API_Actions_with_pagination_paginates_correctly_1: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "03d7d5bc-df72-11ee-b10d-8b789d757c2a",
      "customer_uuid": "cus_8bae29d0-df51-11ee-88c8-97dc7855258a",
      "owner": "kamil+pavlicko@chartmogul.com",
      "pipeline": "New Business",
      "pipeline_stage": "Discovery",
      "estimated_close_date": "2024-04-30",
      "currency": "USD",
      "amount_in_cents": 100000,
      "type": "recurring",
      "forecast_category": "pipeline",
      "win_likelihood": 50,
      "custom": {
        "from_campaign": true
      },
      "created_at": "2024-03-11T06:38:47.879Z",
      "updated_at": "2024-03-13T04:18:41.073Z"
    }
  ],
  "cursor": "MjAyNC0wMy0xMVQwNjozODo0Ny44Nzk2NDYwMDBaJjAzZDdkNWJjLWRmNzItMTFlZS1iMTBkLThiNzg5ZDc1N2MyYQ==",
  "has_more": false
};
