import { http, HttpResponse, type RequestHandler } from 'msw';
import { authenticatedKey } from '../auth.js';
import { errorResponse, unauthorized } from '../responses.js';
import type { MockStore } from '../store/mock-store.js';

/**
 * The bulk import worker's control endpoint, for tests and benchmarks in another process or
 * runtime, with the account's key as Basic auth (the figures are the account's):
 * `GET /__mock/json_imports` answers the rate and the account's `JsonImportStats` (imports,
 * status requests, ordering violations); `POST /__mock/json_imports {"recordsPerSecond": 5000}`
 * sets the processing rate of every account (`null` for at once).
 */
export function jsonImportControl(keys: ReadonlySet<string>, store: MockStore): RequestHandler[] {
  const answer = (key: string) => {
    const account = store.account(key);
    account.jsonImportQueue.advance(account.now());
    const rate = store.jsonImports.recordsPerSecond;
    return HttpResponse.json({ recordsPerSecond: Number.isFinite(rate) ? rate : null, ...account.jsonImportQueue.stats });
  };
  return [
    http.get('*/__mock/json_imports', ({ request }) => {
      const key = authenticatedKey(request, keys);
      return key === undefined ? unauthorized() : answer(key);
    }),
    http.post('*/__mock/json_imports', async ({ request }) => {
      const key = authenticatedKey(request, keys);
      if (key === undefined) return unauthorized();
      const command = (await request.json().catch(() => ({}))) as { recordsPerSecond?: unknown };
      const rate = command.recordsPerSecond;
      if (rate !== null && !(typeof rate === 'number' && rate > 0)) {
        return errorResponse(400, '"recordsPerSecond" must be a positive number, or null for at once.');
      }
      store.jsonImports.recordsPerSecond = rate ?? Number.POSITIVE_INFINITY;
      return answer(key);
    }),
  ];
}
