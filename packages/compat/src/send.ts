import { APIError, type ChartMogulClient, type RequestOptions, type Route } from '@chartmogul-kit/core';
import { clientFor } from './client-for-config.js';
import { Config } from './config.js';
import { configurationError, DeprecatedParamError } from './errors.js';
import { findOperation } from './find-operation.js';
import { toOfficialError } from './to-official-error.js';

type Data = Record<string, unknown> | null | undefined;
type Callable = (...args: unknown[]) => Promise<unknown>;

/**
 * The official `Resource.request`, on the kit: the same checks and the same split of `data` (GET:
 * all in the query; otherwise the body, except `data.qs` which is the query), then the request
 * goes through the row of core's operations table it fits, or the client's `request()` when none
 * does. Either way it meets the kit's pipeline: auth, rate limits, bounded write-safe retries,
 * timeouts, typed errors. Resolves with the body (`{}` for an empty one, as superagent gave).
 */
export async function send(
  resourceName: string,
  config: unknown,
  method: string,
  uri: string,
  data: Data,
): Promise<unknown> {
  if (!isConfig(config)) {
    throw configurationError('First argument should be instance of ChartMogul.Config class');
  }
  if (data?.page) {
    throw new DeprecatedParamError('"page" param is deprecated', 422, {});
  }
  refuseDotSegments(uri);
  const verb = String(method).toUpperCase();
  const { query, body } = splitData(verb, data);
  let url: URL;
  try {
    url = new URL(uri, config.API_BASE);
  } catch {
    throw configurationError(
      `Cannot make a URL of ${JSON.stringify(uri)} on the API base ${JSON.stringify(config.API_BASE)}.`,
    );
  }
  refuseOtherOrigins(uri, url, config.API_BASE);
  const options = retriesOption(config);
  try {
    const client = clientFor(config, url.origin);
    const result = await call(client, verb, url.pathname, query, body, options);
    return result ?? {};
  } catch (error) {
    // superagent gave `{}` for a 2xx body that is not JSON; chartmogul-node resolved with it.
    if (error instanceof APIError && error.status >= 200 && error.status < 300) return {};
    throw toOfficialError(error, resourceName);
  }
}

/**
 * A path value of `.` or `..` (also percent-encoded: the URL parser decodes `%2e`) would make
 * `new URL()` climb to another endpoint: `Customer.retrieve(config, '..')` must not reach `/v1/`.
 */
function refuseDotSegments(uri: string): void {
  const path = String(uri).split(/[?#]/)[0] ?? '';
  if (path.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))) {
    throw configurationError(
      `The path ${JSON.stringify(path)} has a "." or ".." segment: pass the id of an existing resource. Nothing was sent.`,
    );
  }
}

/** What the URL parser drops before reading a URL: tabs and newlines anywhere, spaces and C0 controls in front. */
const URL_IGNORED = /[\t\n\r]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the URL parser drops them, so must the check.
const LEADING_IGNORED = /^[\u0000-\u0020]+/;

/**
 * The key goes to the configured base only. chartmogul-node sends it wherever an absolute or
 * protocol-relative URI (`//other/v1/ping`) points; here a URI must be a path (`/v1/...`, or
 * `v1/...` as some official resources write theirs): no scheme, no authority, read as the URL
 * parser reads it (leading spaces and controls dropped, tabs and newlines removed, `\` as `/`);
 * and where it lands must be the base's origin.
 */
function refuseOtherOrigins(uri: string, url: URL, apiBase: string): void {
  const parsed = String(uri).replace(URL_IGNORED, '').replace(LEADING_IGNORED, '');
  const isPath = !/^(?:[a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(parsed);
  if (isPath && url.origin === new URL(apiBase).origin) return;
  throw configurationError(
    `The URI ${JSON.stringify(String(uri))} is not a path on the API base ${JSON.stringify(apiBase)}: pass a path such as "/v1/customers". ` +
      'The key is sent to the API base only; nothing was sent.',
  );
}

function isConfig(config: unknown): config is Config {
  // Duck-typed too: a Config from the other module format (ESM next to CJS) is still a config.
  return (
    config instanceof Config ||
    (typeof config === 'object' && config !== null && typeof (config as Config).getApiKey === 'function')
  );
}

/** `config.retries` is the kit's `maxRetries`: the most retries a call may make, within the kit's write-safe policy. */
function retriesOption(config: Config): RequestOptions {
  const { retries } = config;
  if (retries === undefined) return {};
  if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0) {
    throw configurationError(
      `config.retries must be a whole number of at least 0 (the most retries a call may make), not ${JSON.stringify(retries)}; nothing was sent.`,
    );
  }
  return { maxRetries: retries };
}

export function splitData(
  verb: string,
  data: Data,
): { query: Record<string, unknown>; body: Record<string, unknown> | undefined } {
  if (verb === 'GET') return { query: { ...data }, body: undefined };
  if (data?.qs) {
    const { qs, ...rest } = data;
    return { query: { ...(qs as Record<string, unknown>) }, body: stripUndefined(rest) };
  }
  return { query: {}, body: stripUndefined(data) };
}

/** As chartmogul-node: `undefined` fields are dropped, `null` is kept (it clears a field). */
function stripUndefined(data: Data): Record<string, unknown> | undefined {
  if (!data || typeof data !== 'object') return undefined;
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

function call(
  client: ChartMogulClient,
  verb: string,
  path: string,
  query: Record<string, unknown>,
  body: Record<string, unknown> | undefined,
  options: RequestOptions,
): Promise<unknown> {
  const params = { ...query, ...body };
  const hasParams = Object.keys(params).length > 0;
  const match = findOperation(verb, path, Object.keys(query), params);
  if (match && !(match.operation.noParams && hasParams)) {
    const method = methodOf(client, match.operation.id);
    return match.operation.noParams
      ? method(...match.pathValues, options)
      : method(...match.pathValues, hasParams ? params : undefined, options);
  }
  // No row fits: the client's request(), which sends the params as the query of a GET or DELETE
  // and as the JSON body otherwise. A write's query (`data.qs`) reaches only the table's rows.
  if (verb !== 'GET' && Object.keys(query).length > 0) {
    throw configurationError(
      `${verb} ${path} with data.qs matches no endpoint of the ChartMogul API that takes a query on a ${verb}; nothing was sent.`,
    );
  }
  return client.request(`${verb} ${path}` as Route, hasParams ? params : undefined, options);
}

/** The client's method for a row id: `customers.tags.remove` is `client.customers.tags.remove`. */
function methodOf(client: ChartMogulClient, id: string): Callable {
  let target: unknown = client;
  let owner: unknown = client;
  for (const key of id.split('.')) {
    owner = target;
    target = (target as Record<string, unknown>)[key];
  }
  if (typeof target !== 'function') throw new Error(`chartmogul-kit: the client has no method ${id}.`);
  return (target as Callable).bind(owner);
}
