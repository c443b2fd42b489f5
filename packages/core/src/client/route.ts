import type { RequestOptions } from '../config/options.js';
import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import type { HttpMethod, OperationSpec } from '../operations/operation.js';
import { describe, pathParamNames } from '../request/path.js';
import type { Call } from './attach-methods.js';
import { checkOptions, refuseMisplacedOptions } from './call-shape.js';

/** `'GET /v1/customers/{uuid}'`: a method and a path, placeholders in braces. */
export type Route = `${HttpMethod} /${string}`;

/** The options of `request()`: a call's options, plus `items` to page a list route like the table's lists. */
export interface RouteOptions extends RequestOptions {
  /** The key of a list's items array (`entries`, `plans`, ...): the call returns a `PagePromise` that pages by cursor. */
  items?: string;
}

const ROUTE = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/;
// A segment is path characters (RFC 3986 pchar) or a {placeholder}; no query, no fragment, no white space.
const SEGMENT = /^(?:[\w\-.~!$&'()*+,;=:@%]|\{\w+\})+$/;

/**
 * Sorts a `request()` call: placeholders are filled from the params of the same name (encoded as
 * one segment each, like the table's path parameters), the rest go in the query (GET, DELETE)
 * or the JSON body.
 */
export function routeCall(route: unknown, params: unknown, rawOptions: unknown): Call {
  const id = typeof route === 'string' ? route : 'request()';
  const match = typeof route === 'string' ? ROUTE.exec(route) : null;
  if (!match) {
    throw new InvalidParameterError(
      'route',
      `request() takes a route such as 'GET /v1/customers/{uuid}': a method (GET, POST, PUT, PATCH, DELETE), one space, a path; got ${describe(route)}${typeof route === 'string' ? ` ${JSON.stringify(route)}` : ''}.`,
    );
  }
  const method = match[1] as HttpMethod;
  const path = match[2] as string;
  checkPath(id, path);
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new InvalidParameterError('params', `${id} takes its params as one object, not ${describe(params)}.`);
  }
  refuseMisplacedOptions(id, params, `cm.request('${id}', { ...params }, { timeout: 5000 })`);
  const options = checkOptions(id, rawOptions, false, 'items');
  const fields: Record<string, unknown> = { ...(params as Record<string, unknown> | undefined) };
  const pathValues = pathParamNames(path).map((name) => {
    if (fields[name] === undefined) {
      throw new InvalidParameterError(name, `${id} needs "${name}" in its params to fill {${name}}. Nothing was sent.`);
    }
    const value = fields[name];
    delete fields[name];
    return value;
  });
  const { items } = options as RouteOptions;
  if (items !== undefined && (typeof items !== 'string' || items === '')) {
    throw new InvalidParameterError('items', `The items option names the key of a list's items, e.g. 'entries'; got ${describe(items)}.`);
  }
  const operation: OperationSpec = {
    id,
    method,
    path,
    // DELETE sends what is not in the path as the query, as GET does; the other writes as the JSON body.
    query: method === 'DELETE' ? Object.keys(fields) : undefined,
    paging: items ? { items } : undefined,
  };
  return { operation, pathValues, params: fields, options };
}

function checkPath(id: string, path: string): void {
  // The bare root is a path too: the official Node library's Resource.request reaches it (@chartmogul-kit/compat).
  if (path === '/') return;
  for (const segment of path.slice(1).split('/')) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..') {
      throw new InvalidParameterError(
        'route',
        `${id} has the path segment ${JSON.stringify(segment)}; a route's path is segments of URL path characters or {placeholders}, without a query (put it in params). Nothing was sent.`,
      );
    }
  }
}
