// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.customAttributes.remove;

/** ChartMogul_Customer/API_Actions/removes_custom_attributes_correctly.yml#0: DELETE /v1/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/attributes/custom → 204 (Mon, 30 Oct 2023 00:52:23 GMT). */
export const params_ChartMogul_Customer_API_Actions_removes_custom_attributes_correctly_0: ParamsOf<Row> = {
  "custom": [
    "StringKey",
    "integer_key",
    "timestamp_key",
    "boolean_key",
    "Toggle"
  ]
};
