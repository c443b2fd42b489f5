import type { RequestOptions } from '../config/options.js';
import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import type { HttpMethod } from '../operations/operation.js';
import { isDotSegment, pathParamNames } from '../request/path.js';
import type { Call } from './attach-methods.js';
import { checkOptions, ROUTE_OPTION_NAMES, refuseMisplacedOptions } from './call-shape.js';

/** `'GET /v1/customers/{uuid}'`: a method and a path, placeholders in braces. */
export type Route = `${HttpMethod} /${string}`;

/** The options of `request()`: a call's options, plus `items` to page a list route like the table's lists. */
export interface RouteOptions extends RequestOptions {
  /** The key of a list's items array (`entries`, `plans`, ...): the call returns a `PagePromise` that pages by cursor. */
  items?: string;
}

// Segments of path characters (RFC 3986 pchar) or {placeholders}: no query, no fragment, no white space, no
// empty segment. The bare root `/` is a path too: the official Node library's Resource.request reaches it.
const ROUTE = /^(GET|POST|PUT|PATCH|DELETE) (\/|(?:\/(?:[\w\-.~!$&'()*+,;=:@%]|\{\w+\})+)+)$/;

/**
 * Sorts a `request()` call: placeholders are filled from the params of the same name (encoded as
 * one segment each, like the table's path parameters), the rest go in the query (GET, DELETE)
 * or the JSON body.
 */
export function routeCall(route: string, params: unknown, rawOptions: unknown): Call {
  const match = ROUTE.exec(route);
  // A `.` or `..` segment, plain or percent-encoded, would reach another resource than the one written.
  if (!match || (match[2] as string).split('/').some(isDotSegment)) {
    throw new InvalidParameterError('route', `A route is a method and a path, 'GET /v1/customers/{uuid}' (the query in params), not ${JSON.stringify(route)}.`);
  }
  const [, method, path] = match as unknown as [string, HttpMethod, string];
  refuseMisplacedOptions(route, params);
  const options: RouteOptions = checkOptions(route, rawOptions, false, ROUTE_OPTION_NAMES);
  const { items } = options;
  if (items !== undefined && (typeof items !== 'string' || !items)) {
    throw new InvalidParameterError('items', `items names the key of a list's items, such as 'entries'.`);
  }
  // Not an object: buildRequest refuses it by name.
  const fields = params && typeof params === 'object' && !Array.isArray(params) ? { ...params } : params;
  const pathValues = pathParamNames(path).map((name) => {
    const value = (fields as Record<string, unknown> | undefined)?.[name];
    delete (fields as Record<string, unknown> | undefined)?.[name];
    return value;
  });
  const operation = {
    id: route,
    method,
    path,
    // DELETE sends what is not in the path as the query, as GET does; the other writes as the JSON body.
    query: method === 'DELETE' && fields ? Object.keys(fields) : undefined,
    paging: items ? { items } : undefined,
  };
  return { operation, pathValues, params: fields, options };
}
