// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.plans.retrieve;

/** ChartMogul_CustomerInvoices/API_Actions/creates_the_customer_invoice_correctly.yml#2: GET /v1/plans/pl_de9e281e-76cb-11ee-b63f-b727630ce4d4 → 200 (Mon, 30 Oct 2023 02:58:40 GMT). */
export const result_ChartMogul_CustomerInvoices_API_Actions_creates_the_customer_invoice_correctly_2: ResultOf<Row> = {
  "external_id": "test_cus_pl_ext_id",
  "name": "Test Plan",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "uuid": "pl_de9e281e-76cb-11ee-b63f-b727630ce4d4"
};

/** ChartMogul_Plan/API_Actions/retrieves_the_plan_correctly.yml#0: GET /v1/plans/pl_de9e281e-76cb-11ee-b63f-b727630ce4d4 → 200 (Mon, 30 Oct 2023 03:47:36 GMT). */
export const result_ChartMogul_Plan_API_Actions_retrieves_the_plan_correctly_0: ResultOf<Row> = {
  "external_id": "test_cus_pl_ext_id",
  "name": "Test Plan",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "uuid": "pl_de9e281e-76cb-11ee-b63f-b727630ce4d4"
};

/** ChartMogul_Plan/API_Actions/updates_the_plan_correctly_with_the_instance_method.yml#0: GET /v1/plans/pl_1184b750-5905-013c-13b1-46813c1ddd3d → 200 (Mon, 30 Oct 2023 03:49:53 GMT). */
export const result_ChartMogul_Plan_API_Actions_updates_the_plan_correctly_with_the_instance_method_0: ResultOf<Row> = {
  "external_id": "1184b750-5905-013c-13b1-46813c1ddd3d",
  "name": "Another Test Plan",
  "interval_count": 1,
  "interval_unit": "month",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "uuid": "pl_1184b750-5905-013c-13b1-46813c1ddd3d"
};

/** ChartMogul_PlanGroup/API_Actions/creates_a_plan_group_correctly.yml#0: GET /v1/plans/pl_e205d990-56e3-013c-13ac-46813c1ddd3d → 200 (Mon, 30 Oct 2023 04:01:44 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_creates_a_plan_group_correctly_0: ResultOf<Row> = {
  "external_id": "e205d990-56e3-013c-13ac-46813c1ddd3d",
  "name": "A another Test Plan",
  "interval_count": 1,
  "interval_unit": "month",
  "data_source_uuid": "ds_f4dc3566-74b5-11ee-8820-478291cce06f",
  "uuid": "pl_e205d990-56e3-013c-13ac-46813c1ddd3d"
};

/** ChartMogul_PlanGroup/API_Actions/updates_a_plan_group_plans.yml#0: GET /v1/plans/pl_de9e281e-76cb-11ee-b63f-b727630ce4d4 → 200 (Mon, 30 Oct 2023 04:11:43 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_updates_a_plan_group_plans_0: ResultOf<Row> = {
  "external_id": "test_cus_pl_ext_id",
  "name": "Test Plan",
  "interval_count": 7,
  "interval_unit": "day",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "uuid": "pl_de9e281e-76cb-11ee-b63f-b727630ce4d4"
};

/** ChartMogul_PlanGroup/API_Actions/updates_a_plan_group_plans.yml#1: GET /v1/plans/pl_e205d990-56e3-013c-13ac-46813c1ddd3d → 200 (Mon, 30 Oct 2023 04:11:44 GMT). */
export const result_ChartMogul_PlanGroup_API_Actions_updates_a_plan_group_plans_1: ResultOf<Row> = {
  "external_id": "e205d990-56e3-013c-13ac-46813c1ddd3d",
  "name": "A another Test Plan",
  "interval_count": 1,
  "interval_unit": "month",
  "data_source_uuid": "ds_f4dc3566-74b5-11ee-8820-478291cce06f",
  "uuid": "pl_e205d990-56e3-013c-13ac-46813c1ddd3d"
};
