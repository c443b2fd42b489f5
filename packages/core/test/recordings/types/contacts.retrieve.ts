// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.contacts.retrieve;

/** ChartMogul_Contact/API_Actions/retrieves_the_contact_correctly.yml#0: GET /v1/contacts/con_36399f04-7686-11ee-86f6-8727560009c2 → 200 (Sun, 29 Oct 2023 18:09:23 GMT). */
export const result_ChartMogul_Contact_API_Actions_retrieves_the_contact_correctly_0: ResultOf<Row> = {
  "uuid": "con_36399f04-7686-11ee-86f6-8727560009c2",
  "customer_uuid": "cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b",
  "customer_external_id": "cus_004",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "position": 1,
  "first_name": null,
  "last_name": null,
  "title": null,
  "email": "contact@example.com",
  "phone": null,
  "linked_in": null,
  "twitter": null,
  "notes": null,
  "custom": {}
};
