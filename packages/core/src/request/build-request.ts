import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import type { HttpMethod, OperationSpec } from '../operations/operation.js';
import { describe, fillPath } from './path.js';
import { checkedHeaders } from './headers.js';
import { toJSONBody } from './json-body.js';
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
  /** Sent as `User-Agent` unless the caller's headers set their own. */
  readonly userAgent?: string;
  readonly defaultHeaders?: Readonly<Record<string, string>>;
  /** The call's own headers; they win over `defaultHeaders`, never over `authorization`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The pure request builder: (operation, arguments, context) -> the request. Throws
 * `InvalidParameterError` for input that cannot be sent, so nothing bad is ever sent.
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
    ...(context.userAgent ? { 'user-agent': context.userAgent } : undefined),
    ...checkedHeaders(context.defaultHeaders, refuseHeaders),
    ...checkedHeaders(context.headers, refuseHeaders),
    accept: 'application/json',
    authorization: context.authorization,
  };
  const url = staysWhereWritten(context.baseURL + path) + buildQuery(query);
  if (body === undefined) return { method: operation.method, url, headers };
  headers['content-type'] = 'application/json';
  return { method: operation.method, url, headers, body: toJSONBody(operation.id, body) };
}

/**
 * The last line of defence for the path: the URL as parsed must be the URL as written, so it stays
 * under the base URL's path and the API's `/v1/`. Routes and path values refuse dot segments
 * before this; a parser that resolves one they missed must not take the key elsewhere.
 */
function staysWhereWritten(written: string): string {
  const parsed = new URL(written);
  if (parsed.origin + parsed.pathname !== written) {
    throw new InvalidParameterError('path', `The request's path would be sent as ${parsed.pathname}, not as written: refused.`);
  }
  return written;
}

function prepareParams(operation: OperationSpec, params: unknown): Record<string, unknown> {
  if (params === undefined || params === null) return operation.prepare ? operation.prepare({}) : {};
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw new InvalidParameterError('params', `${operation.id} takes its params as one object, not ${describe(params)}.`);
  }
  if (operation.paging && 'page' in params && (params as Record<string, unknown>).page !== undefined) {
    throw new InvalidParameterError('page', '"page" is ignored by ChartMogul: page with "cursor", or use for await.');
  }
  const defined = dropUndefined(params as Record<string, unknown>);
  return operation.prepare ? operation.prepare(defined) : defined;
}

/** GET sends everything in the query; writes send the row's `query` keys there and the rest, if any, as the JSON body. */
function splitParams(
  operation: OperationSpec,
  fields: Record<string, unknown>,
): { query: Record<string, unknown>; body: Record<string, unknown> | undefined } {
  if (operation.method === 'GET') return { query: fields, body: undefined };
  const queryKeys = new Set(operation.query ?? []);
  const entries = Object.entries(fields);
  // Object.fromEntries, not assignment: a field named "__proto__" must stay a field.
  const query = Object.fromEntries(entries.filter(([key]) => queryKeys.has(key)));
  const body = Object.fromEntries(entries.filter(([key]) => !queryKeys.has(key)));
  // No fields, no body: ChartMogul documents none for e.g. a contact merge or a DELETE by uuid.
  return { query, body: Object.keys(body).length > 0 ? body : undefined };
}

/** `undefined` means "not given" and is dropped; `null` means "clear this field" and is kept. */
function dropUndefined(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
}

const refuseHeaders = (message: string) => new InvalidParameterError('headers', message);
