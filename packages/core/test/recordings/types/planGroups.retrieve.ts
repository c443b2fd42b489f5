// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.planGroups.retrieve;

/** ChartMogul_PlanGroup/API_Actions/destroys_a_plan_group_correctly.yml#0: GET /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 04:13:15 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_destroys_a_plan_group_correctly_0: ResultOf<Row> = {
  "name": "Another name",
  "uuid": "plg_e6ae207a-ff32-4431-ae46-34f20b61e17a",
  "plans_count": 2
};

/** ChartMogul_PlanGroup/API_Actions/retrieves_the_plan_group_correctly.yml#0: GET /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 03:55:33 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_retrieves_the_plan_group_correctly_0: ResultOf<Row> = {
  "name": "My plan group",
  "uuid": "plg_e6ae207a-ff32-4431-ae46-34f20b61e17a",
  "plans_count": 2
};

/** ChartMogul_PlanGroup/API_Actions/updates_a_plan_group_plans.yml#2: GET /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 04:11:44 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_updates_a_plan_group_plans_2: ResultOf<Row> = {
  "name": "Another name",
  "uuid": "plg_e6ae207a-ff32-4431-ae46-34f20b61e17a",
  "plans_count": 1
};

/** ChartMogul_PlanGroup/API_Actions/updates_the_plan_group_correctly_with_the_instance_method.yml#0: GET /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 04:04:00 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_updates_the_plan_group_correctly_with_the_instance_method_0: ResultOf<Row> = {
  "name": "My plan group",
  "uuid": "plg_e6ae207a-ff32-4431-ae46-34f20b61e17a",
  "plans_count": 2
};
