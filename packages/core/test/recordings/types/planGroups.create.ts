// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.planGroups.create;

/** ChartMogul_PlanGroup/API_Actions/creates_a_plan_group_correctly.yml#1: POST /v1/plan_groups → 200 (Mon, 30 Oct 2023 04:01:45 GMT). */
export const params_ChartMogul_PlanGroup_API_Actions_creates_a_plan_group_correctly_1: ParamsOf<Row> = {
  "name": "New Plan Group",
  "plans": [
    "pl_e205d990-56e3-013c-13ac-46813c1ddd3d"
  ]
};

/** ChartMogul_PlanGroup/API_Actions/creates_a_plan_group_correctly.yml#1: POST /v1/plan_groups → 200 (Mon, 30 Oct 2023 04:01:45 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_creates_a_plan_group_correctly_1: ResultOf<Row> = {
  "name": "New Plan Group",
  "uuid": "plg_5f1af63a-ec94-4688-9127-5eb816d05a8f",
  "plans_count": 1
};
