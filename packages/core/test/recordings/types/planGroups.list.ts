// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.planGroups.list;

/** ChartMogul_PlanGroup/API_Actions/with_pagination/paginates_correctly.yml#0: GET /v1/plan_groups → 200 (Mon, 30 Oct 2023 04:15:40 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_with_pagination_paginates_correctly_0: ResultOf<Row> = {
  "plan_groups": [
    {
      "name": "New Plan Group",
      "uuid": "plg_5f1af63a-ec94-4688-9127-5eb816d05a8f",
      "plans_count": 1
    }
  ],
  "current_page": 1,
  "total_pages": 8,
  "cursor": "MjAyMy0xMC0zMFQwNDowMTo0NS4yNDYwNzQwMDBaJjIxMTg5",
  "has_more": true
};

/** ChartMogul_PlanGroup/API_Actions/with_pagination/paginates_correctly.yml#1: GET /v1/plan_groups → 200 (Mon, 30 Oct 2023 04:15:40 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_with_pagination_paginates_correctly_1: ResultOf<Row> = {
  "plan_groups": [
    {
      "name": "My plan group",
      "uuid": "plg_596af607-ea77-45a3-8d0b-5f1f6b31bf3b",
      "plans_count": 0
    }
  ],
  "cursor": "MjAyMy0xMC0yN1QxMDo0MzoxMC41MTc3OTcwMDBaJjIxMTgy",
  "has_more": true
};
