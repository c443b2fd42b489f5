// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customerNotes.retrieve;

/** ChartMogul_Note/API_Actions/retrieves_a_note_correctly.yml#0: GET /v1/customer_notes/note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde → 200 (Fri, 15 Dec 2023 12:45:12 GMT). */
export const result_ChartMogul_Note_API_Actions_retrieves_a_note_correctly_0: ResultOf<Row> = {
  "uuid": "note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde",
  "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
  "type": "call",
  "text": "This is a call",
  "call_duration": 60,
  "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
  "created_at": "2023-12-15T12:28:15.754Z",
  "updated_at": "2023-12-15T12:28:15.754Z"
};

/** ChartMogul_Note/API_Actions/retrieves_the_note_correctly.yml#0: GET /v1/customer_notes/note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde → 200 (Fri, 15 Dec 2023 12:44:47 GMT). */
export const result_ChartMogul_Note_API_Actions_retrieves_the_note_correctly_0: ResultOf<Row> = {
  "uuid": "note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde",
  "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
  "type": "call",
  "text": "This is a call",
  "call_duration": 60,
  "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
  "created_at": "2023-12-15T12:28:15.754Z",
  "updated_at": "2023-12-15T12:28:15.754Z"
};
