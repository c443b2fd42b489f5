// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.plans.update;

/** ChartMogul_Plan/API_Actions/updates_the_plan_correctly_with_the_class_method.yml#0: PATCH /v1/plans/pl_1184b750-5905-013c-13b1-46813c1ddd3d → 202 (Mon, 30 Oct 2023 03:50:22 GMT). */
export const params_ChartMogul_Plan_API_Actions_updates_the_plan_correctly_with_the_class_method_0: ParamsOf<Row> = {
  "name": "Another Test Plan",
  "interval_count": 1
};

/** ChartMogul_Plan/API_Actions/updates_the_plan_correctly_with_the_class_method.yml#0: PATCH /v1/plans/pl_1184b750-5905-013c-13b1-46813c1ddd3d → 202 (Mon, 30 Oct 2023 03:50:22 GMT). */
export const result_ChartMogul_Plan_API_Actions_updates_the_plan_correctly_with_the_class_method_0: ResultOf<Row> = {
  "external_id": "1184b750-5905-013c-13b1-46813c1ddd3d",
  "name": "Another Test Plan",
  "interval_count": 1,
  "interval_unit": "month",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "uuid": "pl_1184b750-5905-013c-13b1-46813c1ddd3d"
};

/** ChartMogul_Plan/API_Actions/updates_the_plan_correctly_with_the_instance_method.yml#1: PATCH /v1/plans/pl_1184b750-5905-013c-13b1-46813c1ddd3d → 202 (Mon, 30 Oct 2023 03:49:53 GMT). */
export const params_ChartMogul_Plan_API_Actions_updates_the_plan_correctly_with_the_instance_method_1: ParamsOf<Row> = {
  "name": "Another Test Plan 123",
  "interval_count": 2,
  "interval_unit": "month",
  "external_id": "1184b750-5905-013c-13b1-46813c1ddd3d",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46"
};

/** ChartMogul_Plan/API_Actions/updates_the_plan_correctly_with_the_instance_method.yml#1: PATCH /v1/plans/pl_1184b750-5905-013c-13b1-46813c1ddd3d → 202 (Mon, 30 Oct 2023 03:49:53 GMT). */
export const result_ChartMogul_Plan_API_Actions_updates_the_plan_correctly_with_the_instance_method_1: ResultOf<Row> = {
  "external_id": "1184b750-5905-013c-13b1-46813c1ddd3d",
  "name": "Another Test Plan 123",
  "interval_count": 2,
  "interval_unit": "month",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "uuid": "pl_1184b750-5905-013c-13b1-46813c1ddd3d"
};
