// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customerNotes.update;

/** ChartMogul_Note/API_Actions/updates_the_note_correctly_with_the_class_method.yml#0: PATCH /v1/customer_notes/note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde → 200 (Fri, 15 Dec 2023 12:45:33 GMT). */
export const params_ChartMogul_Note_API_Actions_updates_the_note_correctly_with_the_class_method_0: ParamsOf<Row> = {
  "text": "This is a updated note"
};

/** ChartMogul_Note/API_Actions/updates_the_note_correctly_with_the_class_method.yml#0: PATCH /v1/customer_notes/note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde → 200 (Fri, 15 Dec 2023 12:45:33 GMT). */
export const result_ChartMogul_Note_API_Actions_updates_the_note_correctly_with_the_class_method_0: ResultOf<Row> = {
  "uuid": "note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde",
  "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
  "type": "call",
  "text": "This is a updated note",
  "call_duration": 60,
  "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
  "created_at": "2023-12-15T12:28:15.754Z",
  "updated_at": "2023-12-15T12:45:33.363Z"
};
