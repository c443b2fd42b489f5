// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.planGroups.update;

/** ChartMogul_PlanGroup/API_Actions/updates_a_plan_group_plans.yml#3: PATCH /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 04:11:44 GMT). */
export const params_ChartMogul_PlanGroup_API_Actions_updates_a_plan_group_plans_3: ParamsOf<Row> = {
  "name": "Another name",
  "plans": [
    "pl_de9e281e-76cb-11ee-b63f-b727630ce4d4",
    "pl_e205d990-56e3-013c-13ac-46813c1ddd3d"
  ]
};

/** ChartMogul_PlanGroup/API_Actions/updates_a_plan_group_plans.yml#3: PATCH /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 04:11:44 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_updates_a_plan_group_plans_3: ResultOf<Row> = {
  "name": "Another name",
  "uuid": "plg_e6ae207a-ff32-4431-ae46-34f20b61e17a",
  "plans_count": 2
};

/** ChartMogul_PlanGroup/API_Actions/updates_the_plan_group_correctly_with_the_class_method.yml#0: PATCH /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 04:04:51 GMT). */
export const params_ChartMogul_PlanGroup_API_Actions_updates_the_plan_group_correctly_with_the_class_method_0: ParamsOf<Row> = {
  "name": "Another name"
};

/** ChartMogul_PlanGroup/API_Actions/updates_the_plan_group_correctly_with_the_class_method.yml#0: PATCH /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 04:04:51 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_updates_the_plan_group_correctly_with_the_class_method_0: ResultOf<Row> = {
  "name": "Another name",
  "uuid": "plg_e6ae207a-ff32-4431-ae46-34f20b61e17a",
  "plans_count": 2
};

/** ChartMogul_PlanGroup/API_Actions/updates_the_plan_group_correctly_with_the_instance_method.yml#1: PATCH /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 04:04:00 GMT). */
export const params_ChartMogul_PlanGroup_API_Actions_updates_the_plan_group_correctly_with_the_instance_method_1: ParamsOf<Row> = {
  "name": "A new name"
};

/** ChartMogul_PlanGroup/API_Actions/updates_the_plan_group_correctly_with_the_instance_method.yml#1: PATCH /v1/plan_groups/plg_e6ae207a-ff32-4431-ae46-34f20b61e17a → 200 (Mon, 30 Oct 2023 04:04:00 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_updates_the_plan_group_correctly_with_the_instance_method_1: ResultOf<Row> = {
  "name": "A new name",
  "uuid": "plg_e6ae207a-ff32-4431-ae46-34f20b61e17a",
  "plans_count": 2
};
