// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.planGroups.plans.list;

/** ChartMogul_PlanGroups_Plans/API_Actions/with_pagination/paginates_correctly.yml#0: GET /v1/plan_groups/plg_5f1af63a-ec94-4688-9127-5eb816d05a8f/plans → 200 (Mon, 30 Oct 2023 04:59:59 GMT). */
export const result_ChartMogul_PlanGroups_Plans_API_Actions_with_pagination_paginates_correctly_0: ResultOf<Row> = {
  "plans": [
    {
      "name": "A another Test Plan",
      "uuid": "pl_e205d990-56e3-013c-13ac-46813c1ddd3d",
      "data_source_uuid": "ds_f4dc3566-74b5-11ee-8820-478291cce06f",
      "interval_count": 1,
      "interval_unit": "month",
      "external_id": "e205d990-56e3-013c-13ac-46813c1ddd3d"
    }
  ],
  "current_page": 1,
  "total_pages": 2,
  "cursor": "MjAyMy0xMC0yN1QxMDo0NTozNS4yMjM5MDUwMDBaJjEwOTk1ODQ=",
  "has_more": true
};

/** ChartMogul_PlanGroups_Plans/API_Actions/with_pagination/paginates_correctly.yml#1: GET /v1/plan_groups/plg_5f1af63a-ec94-4688-9127-5eb816d05a8f/plans → 200 (Mon, 30 Oct 2023 04:59:59 GMT). */
export const result_ChartMogul_PlanGroups_Plans_API_Actions_with_pagination_paginates_correctly_1: ResultOf<Row> = {
  "plans": [
    {
      "name": "Test Plan",
      "uuid": "pl_e6ffcc84-749a-11ee-be12-f32dce10118e",
      "data_source_uuid": "ds_e685f09e-749a-11ee-8624-6baa0e7529f6",
      "interval_count": 7,
      "interval_unit": "day",
      "external_id": "test_cus_pl_ext_id"
    }
  ],
  "cursor": "MjAyMy0xMC0yN1QwNzozMTo1NC40MzQzNDkwMDBaJjEwOTk1MzI=",
  "has_more": false
};
