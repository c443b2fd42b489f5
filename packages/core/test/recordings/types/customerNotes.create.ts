// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customerNotes.create;

/** ChartMogul_Customer/API_Actions/Customer_Notes/creates_a_note_belonging_to_the_customer_correctly.yml#0: POST /v1/customer_notes → 201 (Fri, 15 Dec 2023 12:25:56 GMT). */
export const params_ChartMogul_Customer_API_Actions_Customer_Notes_creates_a_note_belonging_to_the_customer_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
  "type": "call",
  "text": "This is a call",
  "author_email": "soeun+staff@chartmogul.com"
};

/** ChartMogul_Customer/API_Actions/Customer_Notes/creates_a_note_belonging_to_the_customer_correctly.yml#0: POST /v1/customer_notes → 201 (Fri, 15 Dec 2023 12:25:56 GMT). */
export const result_ChartMogul_Customer_API_Actions_Customer_Notes_creates_a_note_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "uuid": "note_18ffc3bc-9b45-11ee-8143-07ca86e5ee10",
  "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
  "type": "call",
  "text": "This is a call",
  "call_duration": 60,
  "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
  "created_at": "2023-12-15T12:25:56.950Z",
  "updated_at": "2023-12-15T12:25:56.950Z"
};

/** ChartMogul_Customer/API_Actions/creates_a_note_belonging_to_the_customer_correctly.yml#0: POST /v1/customer_notes → 201 (Fri, 15 Dec 2023 12:28:15 GMT). */
export const params_ChartMogul_Customer_API_Actions_creates_a_note_belonging_to_the_customer_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
  "type": "call",
  "text": "This is a call"
};

/** ChartMogul_Customer/API_Actions/creates_a_note_belonging_to_the_customer_correctly.yml#0: POST /v1/customer_notes → 201 (Fri, 15 Dec 2023 12:28:15 GMT). */
export const result_ChartMogul_Customer_API_Actions_creates_a_note_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "uuid": "note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde",
  "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
  "type": "call",
  "text": "This is a call",
  "call_duration": 60,
  "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
  "created_at": "2023-12-15T12:28:15.754Z",
  "updated_at": "2023-12-15T12:28:15.754Z"
};

/** ChartMogul_Note/API_Actions/creates_a_note_correctly.yml#0: POST /v1/customer_notes → 201 (Fri, 15 Dec 2023 12:45:12 GMT). */
export const params_ChartMogul_Note_API_Actions_creates_a_note_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
  "type": "note",
  "text": "This is a note"
};

/** ChartMogul_Note/API_Actions/creates_a_note_correctly.yml#0: POST /v1/customer_notes → 201 (Fri, 15 Dec 2023 12:45:12 GMT). */
export const result_ChartMogul_Note_API_Actions_creates_a_note_correctly_0: ResultOf<Row> = {
  "uuid": "note_c9c9e7b6-9b47-11ee-a3d8-0f695c53544c",
  "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
  "type": "note",
  "text": "This is a note",
  "call_duration": 0,
  "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
  "created_at": "2023-12-15T12:45:12.548Z",
  "updated_at": "2023-12-15T12:45:12.548Z"
};
