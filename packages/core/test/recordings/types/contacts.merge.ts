// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.contacts.merge;

/** ChartMogul_Contact/API_Actions/merges_contacts_correctly.yml#0: POST /v1/contacts/con_36399f04-7686-11ee-86f6-8727560009c2/merge/con_6f0b7208-7690-11ee-8857-9f75f1321afd → 200 (Sun, 29 Oct 2023 19:23:08 GMT). */
export const result_ChartMogul_Contact_API_Actions_merges_contacts_correctly_0: ResultOf<Row> = {
  "uuid": "con_36399f04-7686-11ee-86f6-8727560009c2",
  "customer_uuid": null,
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
};
