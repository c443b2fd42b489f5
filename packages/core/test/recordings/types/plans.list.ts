// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.plans.list;

/** ChartMogul_Plan/API_Actions/with_pagination/paginates_correctly.yml#0: GET /v1/plans → 200 (Mon, 30 Oct 2023 03:47:38 GMT). */
export const result_ChartMogul_Plan_API_Actions_with_pagination_paginates_correctly_0: ResultOf<Row> = {
  "plans": [
    {
      "external_id": "test_cus_pl_ext_id",
      "name": "Test Plan",
      "interval_count": 7,
      "uuid": "pl_de9e281e-76cb-11ee-b63f-b727630ce4d4",
      "interval_unit": "day",
      "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
    }
  ],
  "current_page": 1,
  "total_pages": 14,
  "cursor": "MjAyMy0xMC0zMFQwMjoyNzoyOC4wMzU1OTIwMDBaJjExMDAyMjQ=",
  "has_more": true
};

/** ChartMogul_Plan/API_Actions/with_pagination/paginates_correctly.yml#1: GET /v1/plans → 200 (Mon, 30 Oct 2023 03:47:38 GMT). */
export const result_ChartMogul_Plan_API_Actions_with_pagination_paginates_correctly_1: ResultOf<Row> = {
  "plans": [
    {
      "external_id": "e205d990-56e3-013c-13ac-46813c1ddd3d",
      "name": "A another Test Plan",
      "interval_count": 1,
      "uuid": "pl_e205d990-56e3-013c-13ac-46813c1ddd3d",
      "interval_unit": "month",
      "data_source_uuid": "ds_f4dc3566-74b5-11ee-8820-478291cce06f"
    }
  ],
  "cursor": "MjAyMy0xMC0yN1QxMDo0NTozNS4yMjM5MDUwMDBaJjEwOTk1ODQ=",
  "has_more": true
};
