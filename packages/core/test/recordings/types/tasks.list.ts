// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.tasks.list;

/** ChartMogul_Customer/API_Actions/lists_the_tasks_belonging_to_the_customer_correctly.yml#0: GET /v1/tasks → 200 (Fri, 25 Apr 2025 02:03:02 GMT). */
export const result_ChartMogul_Customer_API_Actions_lists_the_tasks_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "task_uuid": "275bc0bc-2179-11f0-897b-f3e70d2aa58d",
      "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
      "task_details": "This is some task details text.",
      "assignee": "keith+test1@chartmogul.com",
      "due_date": "2025-04-30T00:00:00.000Z",
      "completed_at": null,
      "created_at": "2025-04-25T02:01:08.353Z",
      "updated_at": "2025-04-25T02:01:08.353Z"
    }
  ],
  "cursor": "MjAyNS0wNC0yNVQwMjowMTowOC4zNTM0NDEwMDBaJjI3NWJjMGJjLTIxNzktMTFmMC04OTdiLWYzZTcwZDJhYTU4ZA==",
  "has_more": false
};

/** ChartMogul_Task/API_Actions/retrieves_all_tasks_correctly.yml#0: GET /v1/tasks → 200 (Fri, 25 Apr 2025 02:38:07 GMT). */
export const result_ChartMogul_Task_API_Actions_retrieves_all_tasks_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "task_uuid": "6c969fee-2179-11f0-8d8c-ef2a5afba642",
      "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
      "task_details": "This is some task details text.",
      "assignee": "keith+test1@chartmogul.com",
      "due_date": "2025-04-30T00:00:00.000Z",
      "completed_at": null,
      "created_at": "2025-04-25T02:15:06.474Z",
      "updated_at": "2025-04-25T02:15:06.474Z"
    },
    {
      "task_uuid": "ca9ec9c6-217a-11f0-b1e2-6f673dacbb87",
      "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
      "task_details": "This is some task details text.",
      "assignee": "keith+test1@chartmogul.com",
      "due_date": "2025-04-30T00:00:00.000Z",
      "completed_at": null,
      "created_at": "2025-04-25T02:12:51.757Z",
      "updated_at": "2025-04-25T02:12:51.757Z"
    },
    {
      "task_uuid": "6c969fee-2179-11f0-8d8c-ef2a5afba642",
      "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
      "task_details": "This is some task details text.",
      "assignee": "keith+test1@chartmogul.com",
      "due_date": "2025-04-30T00:00:00.000Z",
      "completed_at": null,
      "created_at": "2025-04-25T02:03:04.503Z",
      "updated_at": "2025-04-25T02:03:04.503Z"
    },
    {
      "task_uuid": "6bedc144-2179-11f0-9074-47237186e386",
      "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
      "task_details": "This is some task details text.",
      "assignee": "keith+test1@chartmogul.com",
      "due_date": "2025-04-30T00:00:00.000Z",
      "completed_at": null,
      "created_at": "2025-04-25T02:03:03.396Z",
      "updated_at": "2025-04-25T02:03:03.396Z"
    },
    {
      "task_uuid": "275bc0bc-2179-11f0-897b-f3e70d2aa58d",
      "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
      "task_details": "This is some task details text.",
      "assignee": "keith+test1@chartmogul.com",
      "due_date": "2025-04-30T00:00:00.000Z",
      "completed_at": null,
      "created_at": "2025-04-25T02:01:08.353Z",
      "updated_at": "2025-04-25T02:01:08.353Z"
    }
  ],
  "cursor": "MjAyNS0wNC0yNVQwMjowMTowOC4zNTM0NDEwMDBaJjI3NWJjMGJjLTIxNzktMTFmMC04OTdiLWYzZTcwZDJhYTU4ZA==",
  "has_more": false
};

/** ChartMogul_Task/API_Actions/with_pagination/paginates_correctly.yml#0: GET /v1/tasks → 200 (Fri, 25 Apr 2025 03:05:23 GMT). */
export const result_ChartMogul_Task_API_Actions_with_pagination_paginates_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "task_uuid": "1aeae108-217b-11f0-b2b4-5b42f025062c",
      "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
      "task_details": "This is some task details text.",
      "assignee": "keith+test1@chartmogul.com",
      "due_date": "2025-04-30T00:00:00.000Z",
      "completed_at": null,
      "created_at": "2025-04-25T02:15:06.474Z",
      "updated_at": "2025-04-25T02:15:06.474Z"
    }
  ],
  "cursor": "MjAyNS0wNC0yNVQwMjoxNTowNi40NzQzNTQwMDBaJjFhZWFlMTA4LTIxN2ItMTFmMC1iMmI0LTViNDJmMDI1MDYyYw==",
  "has_more": true
};

/** ChartMogul_Task/API_Actions/with_pagination/paginates_correctly.yml#1: GET /v1/tasks → 200 (Fri, 25 Apr 2025 03:05:24 GMT). */
export const result_ChartMogul_Task_API_Actions_with_pagination_paginates_correctly_1: ResultOf<Row> = {
  "entries": [
    {
      "task_uuid": "6c969fee-2179-11f0-8d8c-ef2a5afba642",
      "customer_uuid": "cus_9c8cc2bd-762e-4d93-ae34-1cfb53a53f64",
      "task_details": "This is some task details text.",
      "assignee": "keith+test1@chartmogul.com",
      "due_date": "2025-04-30T00:00:00.000Z",
      "completed_at": null,
      "created_at": "2025-04-25T02:12:51.757Z",
      "updated_at": "2025-04-25T02:12:51.757Z"
    }
  ],
  "cursor": "MjAyNS0wNC0yNVQwMjoxMjo1MS43NTc5NTcwMDBaJmNhOWVjOWM2LTIxN2EtMTFmMC1iMWUyLTZmNjczZGFjYmI4Nw==",
  "has_more": false
};
