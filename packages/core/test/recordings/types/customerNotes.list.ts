// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customerNotes.list;

/** ChartMogul_Customer/API_Actions/Customer_Notes/lists_the_notes_belonging_to_the_customer_correctly.yml#0: GET /v1/customer_notes → 200 (Fri, 15 Dec 2023 12:26:40 GMT). */
export const result_ChartMogul_Customer_API_Actions_Customer_Notes_lists_the_notes_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "note_18ffc3bc-9b45-11ee-8143-07ca86e5ee10",
      "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
      "type": "call",
      "text": "This is a call",
      "call_duration": 60,
      "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
      "created_at": "2023-12-15T12:25:56.950Z",
      "updated_at": "2023-12-15T12:25:56.950Z"
    }
  ],
  "cursor": "MjAyMy0xMi0xNVQxMjoyNTo1Ni45NTA4MTcwMDBaJm5vdGVfMThmZmMzYmMtOWI0NS0xMWVlLTgxNDMtMDdjYTg2ZTVlZTEw",
  "has_more": false
};

/** ChartMogul_Customer/API_Actions/lists_the_notes_belonging_to_the_customer_correctly.yml#0: GET /v1/customer_notes → 200 (Fri, 15 Dec 2023 12:28:15 GMT). */
export const result_ChartMogul_Customer_API_Actions_lists_the_notes_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "note_18ffc3bc-9b45-11ee-8143-07ca86e5ee10",
      "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
      "type": "call",
      "text": "This is a call",
      "call_duration": 60,
      "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
      "created_at": "2023-12-15T12:25:56.950Z",
      "updated_at": "2023-12-15T12:25:56.950Z"
    }
  ],
  "cursor": "MjAyMy0xMi0xNVQxMjoyNTo1Ni45NTA4MTcwMDBaJm5vdGVfMThmZmMzYmMtOWI0NS0xMWVlLTgxNDMtMDdjYTg2ZTVlZTEw",
  "has_more": false
};

/** ChartMogul_Note/API_Actions/retrieves_all_notes_correctly.yml#0: GET /v1/customer_notes → 200 (Fri, 15 Dec 2023 12:41:20 GMT). */
export const result_ChartMogul_Note_API_Actions_retrieves_all_notes_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde",
      "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
      "type": "call",
      "text": "This is a call",
      "call_duration": 60,
      "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
      "created_at": "2023-12-15T12:28:15.754Z",
      "updated_at": "2023-12-15T12:28:15.754Z"
    },
    {
      "uuid": "note_18ffc3bc-9b45-11ee-8143-07ca86e5ee10",
      "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
      "type": "call",
      "text": "This is a call",
      "call_duration": 60,
      "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
      "created_at": "2023-12-15T12:25:56.950Z",
      "updated_at": "2023-12-15T12:25:56.950Z"
    }
  ],
  "cursor": "MjAyMy0xMi0xNVQxMjoyNTo1Ni45NTA4MTcwMDBaJm5vdGVfMThmZmMzYmMtOWI0NS0xMWVlLTgxNDMtMDdjYTg2ZTVlZTEw",
  "has_more": false
};

/** ChartMogul_Note/API_Actions/with_pagination/paginates_correctly.yml#0: GET /v1/customer_notes → 200 (Fri, 15 Dec 2023 12:59:24 GMT). */
export const result_ChartMogul_Note_API_Actions_with_pagination_paginates_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "note_c9c9e7b6-9b47-11ee-a3d8-0f695c53544c",
      "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
      "type": "note",
      "text": "This is a note",
      "call_duration": 0,
      "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
      "created_at": "2023-12-15T12:45:12.548Z",
      "updated_at": "2023-12-15T12:45:12.548Z"
    }
  ],
  "cursor": "MjAyMy0xMi0xNVQxMjo0NToxMi41NDgwNzAwMDBaJm5vdGVfYzljOWU3YjYtOWI0Ny0xMWVlLWEzZDgtMGY2OTVjNTM1NDRj",
  "has_more": true
};

/** ChartMogul_Note/API_Actions/with_pagination/paginates_correctly.yml#1: GET /v1/customer_notes → 200 (Fri, 15 Dec 2023 12:59:24 GMT). */
export const result_ChartMogul_Note_API_Actions_with_pagination_paginates_correctly_1: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "note_6bbb8a6e-9b45-11ee-8f1d-8f455cd2fcde",
      "customer_uuid": "cus_58f81bdc-94e6-11ee-ba3e-63f79c1ac982",
      "type": "call",
      "text": "This is a updated note",
      "call_duration": 60,
      "author": "Soeun Lee[staff-user-2] (soeun+staff@chartmogul.com)",
      "created_at": "2023-12-15T12:28:15.754Z",
      "updated_at": "2023-12-15T12:45:33.363Z"
    }
  ],
  "cursor": "MjAyMy0xMi0xNVQxMjoyODoxNS43NTQ0ODUwMDBaJm5vdGVfNmJiYjhhNmUtOWI0NS0xMWVlLThmMWQtOGY0NTVjZDJmY2Rl",
  "has_more": false
};
