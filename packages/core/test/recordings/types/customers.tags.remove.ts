// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ParamsOf, ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.tags.remove;

/** ChartMogul_Customer/API_Actions/removes_tags_correctly.yml#0: DELETE /v1/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/attributes/tags → 200 (Mon, 30 Oct 2023 00:36:11 GMT). */
export const params_ChartMogul_Customer_API_Actions_removes_tags_correctly_0: ParamsOf<Row> = {
  "tags": [
    "test-tag"
  ]
};

/** ChartMogul_Customer/API_Actions/removes_tags_correctly.yml#0: DELETE /v1/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/attributes/tags → 200 (Mon, 30 Oct 2023 00:36:11 GMT). */
export const result_ChartMogul_Customer_API_Actions_removes_tags_correctly_0: ResultOf<Row> = {
  "tags": [
    "auto-churned-delinquent-subscription",
    "merged-customer"
  ]
};
