// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.tasks.create;

/** ChartMogul_Customer/API_Actions/creates_a_task_belonging_to_the_customer_correctly.yml#0: POST /v1/tasks → 201 (Fri, 25 Apr 2025 02:03:03 GMT). */
export const params_ChartMogul_Customer_API_Actions_creates_a_task_belonging_to_the_customer_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
  "task_details": "This is some task details text.",
  "assignee": "keith+test1@chartmogul.com",
  "due_date": "2025-04-30T00:00:00Z"
};

/** ChartMogul_Customer/API_Actions/creates_a_task_belonging_to_the_customer_correctly.yml#0: POST /v1/tasks → 201 (Fri, 25 Apr 2025 02:03:03 GMT). */
export const result_ChartMogul_Customer_API_Actions_creates_a_task_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "task_uuid": "6bedc144-2179-11f0-9074-47237186e386",
  "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
  "task_details": "This is some task details text.",
  "assignee": "keith+test1@chartmogul.com",
  "due_date": "2025-04-30T00:00:00.000Z",
  "completed_at": null,
  "created_at": "2025-04-25T02:03:03.396Z",
  "updated_at": "2025-04-25T02:03:03.396Z"
};

/** ChartMogul_Task/API_Actions/creates_a_task_correctly.yml#0: POST /v1/tasks → 201 (Fri, 25 Apr 2025 02:15:06 GMT). */
export const params_ChartMogul_Task_API_Actions_creates_a_task_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
  "task_details": "This is some task details text.",
  "assignee": "keith+test1@chartmogul.com",
  "due_date": "2025-04-30T00:00:00.000Z"
};

/** ChartMogul_Task/API_Actions/creates_a_task_correctly.yml#0: POST /v1/tasks → 201 (Fri, 25 Apr 2025 02:15:06 GMT). */
export const result_ChartMogul_Task_API_Actions_creates_a_task_correctly_0: ResultOf<Row> = {
  "task_uuid": "1aeae108-217b-11f0-b2b4-5b42f025062c",
  "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
  "task_details": "This is some task details text.",
  "assignee": "keith+test1@chartmogul.com",
  "due_date": "2025-04-30T00:00:00.000Z",
  "completed_at": null,
  "created_at": "2025-04-25T02:15:06.474Z",
  "updated_at": "2025-04-25T02:15:06.474Z"
};
