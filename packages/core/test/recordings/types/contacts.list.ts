// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.contacts.list;

/** ChartMogul_Contact/API_Actions/with_pagination/paginates_correctly.yml#0: GET /v1/contacts → 200 (Sun, 29 Oct 2023 19:55:26 GMT). */
export const result_ChartMogul_Contact_API_Actions_with_pagination_paginates_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "con_36399f04-7686-11ee-86f6-8727560009c2",
      "customer_uuid": "cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b",
      "customer_external_id": "cus_004",
      "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
      "position": 9,
      "first_name": "Foo",
      "last_name": "Bar",
      "title": "CTO",
      "email": "contact2@example.com",
      "phone": "+9876543210",
      "linked_in": "https://linkedin.com/about",
      "twitter": "https://twitter.com/about",
      "notes": "Heading\\nBody\\nFooter This contact was merged",
      "custom": {
        "Toggle": false
      }
    }
  ],
  "cursor": "MjAyMy0xMC0yOVQxODowODo1MC4yNDQ4NzUwMDBaJmNvbl8zNjM5OWYwNC03Njg2LTExZWUtODZmNi04NzI3NTYwMDA5YzI=",
  "has_more": true
};

/** ChartMogul_Contact/API_Actions/with_pagination/paginates_correctly.yml#1: GET /v1/contacts → 200 (Sun, 29 Oct 2023 19:55:27 GMT). */
export const result_ChartMogul_Contact_API_Actions_with_pagination_paginates_correctly_1: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "con_e07fc356-749e-11ee-bd40-9fcb07f4aeda",
      "customer_uuid": "cus_e037a9f4-749e-11ee-bf18-07ce97fbd41c",
      "customer_external_id": "X1234",
      "data_source_uuid": "ds_dff53f06-749e-11ee-bf16-8fc807c27dc6",
      "position": 1,
      "first_name": null,
      "last_name": null,
      "title": null,
      "email": "test@example.com",
      "phone": null,
      "linked_in": null,
      "twitter": null,
      "notes": null,
      "custom": {}
    }
  ],
  "cursor": "MjAyMy0xMC0yN1QwODowMDoyMS41MTQwMzcwMDBaJmNvbl9lMDdmYzM1Ni03NDllLTExZWUtYmQ0MC05ZmNiMDdmNGFlZGE=",
  "has_more": true
};

/** ChartMogul_Customer/API_Actions/lists_the_contacts_belonging_to_the_customer_correctly.yml#0: GET /v1/contacts → 200 (Mon, 30 Oct 2023 01:16:10 GMT). */
export const result_ChartMogul_Customer_API_Actions_lists_the_contacts_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "uuid": "con_a4fb9b64-76c1-11ee-9ff8-cb0ba2384523",
      "customer_uuid": "cus_23740208-2c7e-11ee-9ea2-ffd2435982bb",
      "customer_external_id": "cus_002",
      "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
      "position": 1,
      "first_name": "Test",
      "last_name": "Contact",
      "title": null,
      "email": "contact_123@example.com",
      "phone": null,
      "linked_in": null,
      "twitter": null,
      "notes": null,
      "custom": {
        "Toggle": false
      }
    }
  ],
  "cursor": "MjAyMy0xMC0zMFQwMToxNDoxNi4zNzIzODUwMDBaJmNvbl9hNGZiOWI2NC03NmMxLTExZWUtOWZmOC1jYjBiYTIzODQ1MjM=",
  "has_more": false
};
