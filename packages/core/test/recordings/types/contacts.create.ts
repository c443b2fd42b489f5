// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.contacts.create;

/** ChartMogul_Contact/API_Actions/creates_the_contact_correctly.yml#0: POST /v1/contacts → 201 (Sun, 29 Oct 2023 18:08:50 GMT). */
export const params_ChartMogul_Contact_API_Actions_creates_the_contact_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "email": "contact@example.com",
  "external_id": "contact_external_id_001"
};

/** ChartMogul_Contact/API_Actions/creates_the_contact_correctly.yml#0: POST /v1/contacts → 201 (Sun, 29 Oct 2023 18:08:50 GMT). */
export const result_ChartMogul_Contact_API_Actions_creates_the_contact_correctly_0: ResultOf<Row> = {
  "uuid": "con_36399f04-7686-11ee-86f6-8727560009c2",
  "customer_uuid": "cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b",
  "customer_external_id": "cus_004",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "external_id": "contact_external_id_001",
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

/** ChartMogul_Contact/API_Actions/with_null_external_id/creates_the_contact_correctly.yml#0: POST /v1/contacts → 201 (Sun, 29 Oct 2023 18:08:50 GMT). */
export const params_ChartMogul_Contact_API_Actions_with_null_external_id_creates_the_contact_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "email": "contact@example.com",
  "external_id": null
};

/** ChartMogul_Contact/API_Actions/with_null_external_id/creates_the_contact_correctly.yml#0: POST /v1/contacts → 201 (Sun, 29 Oct 2023 18:08:50 GMT). */
export const result_ChartMogul_Contact_API_Actions_with_null_external_id_creates_the_contact_correctly_0: ResultOf<Row> = {
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

/** ChartMogul_Contact/API_Actions/without_external_id/creates_the_contact_correctly.yml#0: POST /v1/contacts → 201 (Sun, 29 Oct 2023 18:08:50 GMT). */
export const params_ChartMogul_Contact_API_Actions_without_external_id_creates_the_contact_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "email": "contact@example.com"
};

/** ChartMogul_Contact/API_Actions/without_external_id/creates_the_contact_correctly.yml#0: POST /v1/contacts → 201 (Sun, 29 Oct 2023 18:08:50 GMT). */
export const result_ChartMogul_Contact_API_Actions_without_external_id_creates_the_contact_correctly_0: ResultOf<Row> = {
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

/** ChartMogul_Customer/API_Actions/creates_a_contact_belonging_to_the_customer_correctly.yml#0: POST /v1/contacts → 201 (Mon, 30 Oct 2023 01:16:59 GMT). */
export const params_ChartMogul_Customer_API_Actions_creates_a_contact_belonging_to_the_customer_correctly_0: ParamsOf<Row> = {
  "customer_uuid": "cus_23740208-2c7e-11ee-9ea2-ffd2435982bb",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "email": "new_contact@example.com"
};

/** ChartMogul_Customer/API_Actions/creates_a_contact_belonging_to_the_customer_correctly.yml#0: POST /v1/contacts → 201 (Mon, 30 Oct 2023 01:16:59 GMT). */
export const result_ChartMogul_Customer_API_Actions_creates_a_contact_belonging_to_the_customer_correctly_0: ResultOf<Row> = {
  "uuid": "con_066a8eb4-76c2-11ee-8f49-ffeda4a3d8f7",
  "customer_uuid": "cus_23740208-2c7e-11ee-9ea2-ffd2435982bb",
  "customer_external_id": "cus_002",
  "data_source_uuid": "ds_03cfd2c4-2c7e-11ee-ab23-cb0f008cff46",
  "position": 2,
  "first_name": null,
  "last_name": null,
  "title": null,
  "email": "new_contact@example.com",
  "phone": null,
  "linked_in": null,
  "twitter": null,
  "notes": null,
  "custom": {}
};
