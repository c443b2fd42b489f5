import type { Account } from '../store/account.js';
import { type JsonObject, parseJsonObject } from './body.js';
import { apiError, HttpError } from './errors.js';
import { toResponse, type Reply } from './respond.js';

export interface RouteContext {
  account: Account;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, parsed on first use (400 when malformed). */
  body(): Promise<JsonObject>;
  /** The body's size in bytes, as sent (for the limits some endpoints put on it). */
  bodyBytes(): Promise<number>;
}

export type RouteHandler = (context: RouteContext) => Reply | Promise<Reply>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Route {
  method: Method;
  /** Path segments after `/v1`; `:name` segments capture a parameter. */
  segments: string[];
  handle: RouteHandler;
}

/**
 * The mock's routes, matched by its own small table rather than one msw handler per route:
 * msw parses cookies for every handler it tries, which made a request to the last of
 * 120 routes cost tens of milliseconds. A route handler receives the caller's account and
 * the parsed request, returns a reply, and may throw an `HttpError` for any of ChartMogul's
 * error answers. Every successful write marks the account's derived data stale.
 */
export class Router {
  private readonly routes: Route[] = [];

  get(path: string, handle: RouteHandler): this {
    return this.add('GET', path, handle);
  }
  post(path: string, handle: RouteHandler): this {
    return this.add('POST', path, handle);
  }
  put(path: string, handle: RouteHandler): this {
    return this.add('PUT', path, handle);
  }
  patch(path: string, handle: RouteHandler): this {
    return this.add('PATCH', path, handle);
  }
  delete(path: string, handle: RouteHandler): this {
    return this.add('DELETE', path, handle);
  }

  /** Answers a request under `/v1` for `account`; 404 in ChartMogul's shape for routes it does not have. */
  async respond(request: Request, url: URL, apiPath: string, account: Account): Promise<Response> {
    const found = this.match(request.method.toUpperCase(), apiPath);
    if (found === undefined) {
      return toResponse({ status: 404, body: { code: 404, message: `No route for ${request.method} ${url.pathname}`, param: null } });
    }
    let parsed: JsonObject | undefined;
    let raw: Promise<ArrayBuffer> | undefined;
    const bytes = () => (raw ??= request.arrayBuffer());
    const context: RouteContext = {
      account,
      params: found.params,
      query: url.searchParams,
      body: async () => (parsed ??= parseJsonObject(new TextDecoder().decode(await bytes()))),
      bodyBytes: async () => (await bytes()).byteLength,
    };
    try {
      return toResponse(await found.route.handle(context));
    } catch (error) {
      if (error instanceof HttpError) return toResponse({ status: error.status, body: error.body });
      throw error;
    } finally {
      // Any write, even one that failed half way, may have changed what metrics derive from.
      if (found.route.method !== 'GET') account.touch();
    }
  }

  private add(method: Method, path: string, handle: RouteHandler): this {
    this.routes.push({ method, segments: path.split('/').filter((s) => s !== ''), handle });
    return this;
  }

  /** The first route (in declaration order) whose method and segments fit. */
  private match(method: string, apiPath: string): { route: Route; params: Record<string, string> } | undefined {
    const segments = apiPath.split('/').filter((s) => s !== '');
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let fits = true;
      for (let i = 0; i < segments.length && fits; i++) {
        const expected = route.segments[i] as string;
        const actual = segments[i] as string;
        if (expected.startsWith(':')) params[expected.slice(1)] = decodeSegment(actual);
        else fits = expected === actual;
      }
      if (fits) return { route, params };
    }
    return undefined;
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw apiError(400, 'The URL path is not validly percent-encoded.');
  }
}
