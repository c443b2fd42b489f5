// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.customAttributes.add;

/** ChartMogul_Customer/API_Actions/adds_custom_attributes_correctly.yml#0: POST /v1/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/attributes/custom → 200 (Mon, 30 Oct 2023 00:52:56 GMT). */
export const params_ChartMogul_Customer_API_Actions_adds_custom_attributes_correctly_0: ParamsOf<Row> = {
  "custom": [
    {
      "type": "String",
      "key": "StringKey",
      "value": "String Value"
    },
    {
      "type": "Integer",
      "key": "integer_key",
      "value": 1234
    },
    {
      "type": "Timestamp",
      "key": "timestamp_key",
      "value": "2016-01-31 00:00:00 UTC"
    },
    {
      "type": "Boolean",
      "key": "boolean_key",
      "value": true
    }
  ]
};

/** ChartMogul_Customer/API_Actions/adds_custom_attributes_correctly.yml#0: POST /v1/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/attributes/custom → 200 (Mon, 30 Oct 2023 00:52:56 GMT). */
export const result_ChartMogul_Customer_API_Actions_adds_custom_attributes_correctly_0: ResultOf<Row> = {
  "custom": {
    "StringKey": "String Value",
    "integer_key": 1234,
    "timestamp_key": "2016-01-31T00:00:00.000Z",
    "boolean_key": true
  }
};
