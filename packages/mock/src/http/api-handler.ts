import { RequestHandler, type ResponseResolver } from 'msw';
import { authenticatedKey } from '../auth.js';
import type { MockStore } from '../store/mock-store.js';
import { unauthorized } from '../responses.js';
import type { Router } from './router.js';

interface ParsedApiRequest {
  url: URL;
  /** The path from `/v1` on, or undefined when the request is not for the API. */
  apiPath: string | undefined;
}

/** Where ChartMogul's API starts in a path: `/v1`, under any base path the client uses. */
function apiPathOf(pathname: string): string | undefined {
  const at = pathname.indexOf('/v1/');
  if (at >= 0) return pathname.slice(at);
  return pathname.endsWith('/v1') ? '/v1' : undefined;
}

/**
 * One msw request handler for the whole API (any host, any path under `/v1`): it checks
 * the Basic auth as ChartMogul does (401 otherwise), then routes. It skips msw's per-handler
 * cookie parsing, which the API has no use for, so a request costs the same on every route.
 */
export class ChartMogulApiHandler extends RequestHandler<{ header: string }, ParsedApiRequest> {
  constructor(keys: ReadonlySet<string>, store: MockStore, router: Router) {
    const resolver: ResponseResolver = async ({ request }) => {
      const key = authenticatedKey(request, keys);
      if (key === undefined) return unauthorized();
      const url = new URL(request.url);
      const account = store.account(key);
      // Bulk imports the worker finished since the last request are written before this one is answered.
      account.jsonImportQueue.advance(account.now());
      return router.respond(request, url, apiPathOf(url.pathname) as string, account);
    };
    super({ info: { header: 'ChartMogul API (local mock) */v1/*' }, resolver });
  }

  override async parse({ request }: { request: Request }): Promise<ParsedApiRequest> {
    const url = new URL(request.url);
    return { url, apiPath: apiPathOf(url.pathname) };
  }

  predicate({ parsedResult }: { parsedResult: ParsedApiRequest }): boolean {
    return parsedResult.apiPath !== undefined;
  }

  /** msw's browser worker logs mocked requests through this; the local ChartMogul stays quiet. */
  log(): void {}
}
