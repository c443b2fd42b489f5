// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.opportunities.delete;

/** ChartMogul_Opportunity/API_Actions/destroys_the_opportunity_correctly.yml#0: DELETE /v1/opportunities/52115b0c-e54b-11ee-b769-a7d79ddfc0fb → 200 (Mon, 18 Mar 2024 17:17:36 GMT). */
export const result_ChartMogul_Opportunity_API_Actions_destroys_the_opportunity_correctly_0: ResultOf<Row> = {};
