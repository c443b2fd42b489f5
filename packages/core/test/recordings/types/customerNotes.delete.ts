// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customerNotes.delete;

/** ChartMogul_Note/API_Actions/destroys_the_note_correctly.yml#0: DELETE /v1/customer_notes/note_18ffc3bc-9b45-11ee-8143-07ca86e5ee10 → 200 (Fri, 15 Dec 2023 12:49:44 GMT). */
export const result_ChartMogul_Note_API_Actions_destroys_the_note_correctly_0: ResultOf<Row> = {};
