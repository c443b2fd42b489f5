// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.contacts.update;

/** ChartMogul_Contact/API_Actions/updates_the_contact_correctly_with_the_class_method.yml#0: PATCH /v1/contacts/con_36399f04-7686-11ee-86f6-8727560009c2 → 200 (Sun, 29 Oct 2023 19:09:59 GMT). */
export const params_ChartMogul_Contact_API_Actions_updates_the_contact_correctly_with_the_class_method_0: ParamsOf<Row> = {
  "external_id": "contact_external_id_002",
  "position": 9,
  "first_name": "Foo",
  "last_name": "Bar",
  "title": "CTO",
  "email": "contact2@example.com",
  "phone": "+9876543210",
  "linked_in": "https://linkedin.com/about",
  "twitter": "https://twitter.com/about",
  "custom": [
    {
      "key": "Toggle",
      "value": false
    }
  ]
};

/** ChartMogul_Contact/API_Actions/updates_the_contact_correctly_with_the_class_method.yml#0: PATCH /v1/contacts/con_36399f04-7686-11ee-86f6-8727560009c2 → 200 (Sun, 29 Oct 2023 19:09:59 GMT). */
export const result_ChartMogul_Contact_API_Actions_updates_the_contact_correctly_with_the_class_method_0: ResultOf<Row> = {
  "uuid": "con_36399f04-7686-11ee-86f6-8727560009c2",
  "customer_uuid": "cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b",
  "customer_external_id": "cus_004",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "external_id": "contact_external_id_002",
  "position": 9,
  "first_name": "Foo",
  "last_name": "Bar",
  "title": "CTO",
  "email": "contact2@example.com",
  "phone": "+9876543210",
  "linked_in": "https://linkedin.com/about",
  "twitter": "https://twitter.com/about",
  "notes": "Heading\\nBody\\nFooter",
  "custom": {
    "Toggle": false
  }
};

/** ChartMogul_Contact/API_Actions/updates_the_contact_with_null_external_id_correctly.yml#0: PATCH /v1/contacts/con_36399f04-7686-11ee-86f6-8727560009c2 → 200 (Sun, 29 Oct 2023 19:09:59 GMT). */
export const params_ChartMogul_Contact_API_Actions_updates_the_contact_with_null_external_id_correctly_0: ParamsOf<Row> = {
  "external_id": null
};

/** ChartMogul_Contact/API_Actions/updates_the_contact_with_null_external_id_correctly.yml#0: PATCH /v1/contacts/con_36399f04-7686-11ee-86f6-8727560009c2 → 200 (Sun, 29 Oct 2023 19:09:59 GMT). */
export const result_ChartMogul_Contact_API_Actions_updates_the_contact_with_null_external_id_correctly_0: ResultOf<Row> = {
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
  "external_id": null,
  "custom": {}
};
