// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.tasks.update;

/** ChartMogul_Task/API_Actions/updates_the_task_correctly_with_the_class_method.yml#0: PATCH /v1/tasks/6c969fee-2179-11f0-8d8c-ef2a5afba642 → 200 (Fri, 25 Apr 2025 02:47:57 GMT). */
export const params_ChartMogul_Task_API_Actions_updates_the_task_correctly_with_the_class_method_0: ParamsOf<Row> = {
  "task_details": "This is updated task details text."
};

/** ChartMogul_Task/API_Actions/updates_the_task_correctly_with_the_class_method.yml#0: PATCH /v1/tasks/6c969fee-2179-11f0-8d8c-ef2a5afba642 → 200 (Fri, 25 Apr 2025 02:47:57 GMT). */
export const result_ChartMogul_Task_API_Actions_updates_the_task_correctly_with_the_class_method_0: ResultOf<Row> = {
  "task_uuid": "6c969fee-2179-11f0-8d8c-ef2a5afba642",
  "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
  "task_details": "This is updated task details text.",
  "assignee": "keith+test1@chartmogul.com",
  "due_date": "2025-04-30T00:00:00.000Z",
  "completed_at": null,
  "created_at": "2025-04-25T02:03:04.503Z",
  "updated_at": "2025-04-25T02:47:57.793Z"
};
