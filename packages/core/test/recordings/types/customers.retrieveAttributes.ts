// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.customers.retrieveAttributes;

/** ChartMogul_Customer/API_Actions/retrieves_the_customer_attributes_correctly.yml#0: GET /v1/customers/cus_23e01538-2c7e-11ee-b2ce-fb986e96e21b/attributes → 200 (Mon, 07 Apr 2026 12:00:00 GMT). */
export const result_ChartMogul_Customer_API_Actions_retrieves_the_customer_attributes_correctly_0: ResultOf<Row> = {
  "tags": [
    "managed",
    "important"
  ],
  "stripe": {},
  "custom": {
    "CAC": 213,
    "utmCampaign": "social media 1"
  }
};

/** ChartMogul_Customer/API_Actions/retrieves_the_customer_attributes_correctly_with_the_instance_method.yml#0: GET /v1/customers/cus_23740208-2c7e-11ee-9ea2-ffd2435982bb/attributes → 200 (Mon, 07 Apr 2026 12:00:00 GMT). */
export const result_ChartMogul_Customer_API_Actions_retrieves_the_customer_attributes_correctly_with_the_instance_method_0: ResultOf<Row> = {
  "tags": [
    "managed",
    "important"
  ],
  "stripe": {},
  "custom": {
    "CAC": 213,
    "utmCampaign": "social media 1"
  }
};
