// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.customAttributes.addByEmail;

/** ChartMogul_Customer/API_Actions/adds_custom_attributes_by_email_correctly.yml#0: POST /v1/customers/attributes/custom → 200 (Mon, 07 Apr 2026 12:00:00 GMT). */
export const params_ChartMogul_Customer_API_Actions_adds_custom_attributes_by_email_correctly_0: ParamsOf<Row> = {
  "email": "customer@example.com",
  "custom": [
    {
      "type": "String",
      "key": "channel",
      "value": "Facebook"
    },
    {
      "type": "Integer",
      "key": "age",
      "value": 8
    }
  ]
};

/** ChartMogul_Customer/API_Actions/adds_custom_attributes_by_email_correctly.yml#0: POST /v1/customers/attributes/custom → 200 (Mon, 07 Apr 2026 12:00:00 GMT). */
export const result_ChartMogul_Customer_API_Actions_adds_custom_attributes_by_email_correctly_0: ResultOf<Row> = {
  "entries": [
    {
      "id": 25647,
      "uuid": "cus_de305d54-75b4-431b-adb2-eb6b9e546012",
      "external_id": "cus_0001",
      "name": "Smith Company",
      "email": "customer@example.com",
      "status": "Active",
      "customer-since": "2022-06-09T13:16:00-04:00",
      "attributes": {
        "tags": [
          "important",
          "Prio1"
        ],
        "stripe": {
          "coupon": true
        },
        "custom": {
          "channel": "Facebook",
          "age": 8
        }
      }
    }
  ]
};
