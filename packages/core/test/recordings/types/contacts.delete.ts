// Generated from fixtures/real-api/recordings.json by test/recordings/render-types.ts; do not edit.
// Regenerate with `pnpm --filter @chartmogul-kit/core recordings:types`.
import type { operationTree } from '../../../src/operations/index.js';
import type { ResultOf } from '../../../src/operations/operation.js';

type Row = typeof operationTree.contacts.delete;

/** ChartMogul_Contact/API_Actions/destroys_the_contact_correctly.yml#0: DELETE /v1/contacts/con_ab1e60d4-7690-11ee-84d7-f7e55168a5df → 200 (Sun, 29 Oct 2023 19:25:28 GMT). */
export const result_ChartMogul_Contact_API_Actions_destroys_the_contact_correctly_0: ResultOf<Row> = {};
