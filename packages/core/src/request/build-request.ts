import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import type { HttpMethod, OperationSpec } from '../operations/operation.js';
import { describe, fillPath } from './path.js';
import { buildQuery } from './query.js';

/** A request described, not sent: what the transport puts on the wire. Holds `authorization`: redact before showing. */
export interface BuiltRequest {
  readonly method: HttpMethod;
  readonly url: string;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface BuildContext {
  readonly baseURL: string;
  readonly authorization: string;
  readonly defaultHeaders?: Readonly<Record<string, string>>;
  /** The call's own headers; they win over `defaultHeaders`, never over `authorization`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The pure request builder: (operation, arguments, context) -> the request. Throws
 * `InvalidParameterError` for input that cannot be sent, so nothing bad leaves the process.
 */
export function buildRequest(
  operation: OperationSpec,
  pathValues: readonly unknown[],
  params: unknown,
  context: BuildContext,
): BuiltRequest {
  const fields = prepareParams(operation, params);
  const path = fillPath(operation.path, pathValues);
  const { query, body } = splitParams(operation, fields);
  const headers: Record<string, string> = {
    ...lowerCaseKeys(context.defaultHeaders),
    ...lowerCaseKeys(context.headers),
    accept: 'application/json',
    authorization: context.authorization,
  };
  if (body === undefined) {
    return { method: operation.method, url: context.baseURL + path + buildQuery(query), headers };
  }
  headers['content-type'] = 'application/json';
  return { method: operation.method, url: context.baseURL + path + buildQuery(query), headers, body: toJSON(operation, body) };
}

/** `JSON.stringify` throws a bare TypeError on a BigInt or a cycle: give the typed error instead. */
function toJSON(operation: OperationSpec, body: Record<string, unknown>): string {
  try {
    return JSON.stringify(body);
  } catch {
    throw new InvalidParameterError(
      'params',
      `${operation.id}'s params cannot be sent as JSON (a BigInt or a circular reference?); pass plain strings, numbers, booleans, arrays and objects.`,
    );
  }
}

function prepareParams(operation: OperationSpec, params: unknown): Record<string, unknown> {
  if (params === undefined || params === null) return {};
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw new InvalidParameterError('params', `${operation.id} takes its params as one object, not ${describe(params)}.`);
  }
  if (operation.paging && 'page' in params && (params as Record<string, unknown>)['page'] !== undefined) {
    throw new InvalidParameterError(
      'page',
      `"page" is deprecated by ChartMogul and ignored; page with "cursor" (or iterate the list with for await).`,
    );
  }
  const defined = dropUndefined(params as Record<string, unknown>);
  return operation.prepare ? operation.prepare(defined) : defined;
}

/** GET sends everything in the query; writes send the row's `query` keys there and the rest as the JSON body. */
function splitParams(
  operation: OperationSpec,
  fields: Record<string, unknown>,
): { query: Record<string, unknown>; body: Record<string, unknown> | undefined } {
  if (operation.method === 'GET') return { query: fields, body: undefined };
  const queryKeys = new Set(operation.query ?? []);
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (queryKeys.has(key)) query[key] = value;
    else body[key] = value;
  }
  const hasBody = Object.keys(body).length > 0 || operation.method !== 'DELETE';
  return { query, body: hasBody ? body : undefined };
}

/** `undefined` means "not given" and is dropped; `null` means "clear this field" and is kept. */
function dropUndefined(params: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) result[key] = value;
  return result;
}

function lowerCaseKeys(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) result[name.toLowerCase()] = value;
  return result;
}
