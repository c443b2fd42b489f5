// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.customAttributes.update;

/** ChartMogul_Customer/API_Actions/updates_custom_attributes_correctly.yml#0: PUT /v1/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/attributes/custom → 200 (Mon, 30 Oct 2023 00:47:16 GMT). */
export const params_ChartMogul_Customer_API_Actions_updates_custom_attributes_correctly_0: ParamsOf<Row> = {
  "custom": {
    "StringKey": "Another String Value",
    "integer_key": 5678,
    "timestamp_key": "2016-02-01 00:00:00 UTC",
    "boolean_key": false,
    "Toggle": false
  }
};

/** ChartMogul_Customer/API_Actions/updates_custom_attributes_correctly.yml#0: PUT /v1/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/attributes/custom → 200 (Mon, 30 Oct 2023 00:47:16 GMT). */
export const result_ChartMogul_Customer_API_Actions_updates_custom_attributes_correctly_0: ResultOf<Row> = {
  "custom": {
    "Toggle": false,
    "StringKey": "Another String Value",
    "integer_key": 5678,
    "timestamp_key": "2016-02-01T00:00:00.000Z",
    "boolean_key": false
  }
};
