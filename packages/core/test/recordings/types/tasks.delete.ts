// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.tasks.delete;

/** ChartMogul_Task/API_Actions/destroys_the_task_correctly.yml#0: DELETE /v1/tasks/d8c374e0-b9ef-47cf-a5a5-4c71fe0a1466 → 200 (Fri, 25 Apr 2025 02:41:11 GMT). */
export const result_ChartMogul_Task_API_Actions_destroys_the_task_correctly_0: ResultOf<Row> = {};
