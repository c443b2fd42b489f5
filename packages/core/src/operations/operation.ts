export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One row of the operations table: everything the SDK needs to call an API operation.
 * Resource methods, the request builder and tools are all made from these rows; each row's
 * one-line description is in `operationSummaries` (summaries.ts), outside the bundle of a
 * program that only calls the API.
 */
export interface OperationSpec {
  /** The method's path on the client, e.g. `customers.retrieve` is `client.customers.retrieve`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template; `{name}` placeholders are filled from the positional arguments, in order. */
  readonly path: string;
  /**
   * For writes: the params that travel in the query string; the rest form the JSON body.
   * GET sends every param in the query.
   */
  readonly query?: readonly string[];
  /** Cursor paging: the key of the items array in a page (`entries`, `plans`, ...). */
  readonly paging?: { readonly items: string };
  /**
   * The operation takes no params: its method is `(...pathParams, options?)`, and an object after
   * the path parameters is the call's options. `defineOperation<void, ...>` requires it, so the
   * run-time shape and the type cannot disagree.
   */
  readonly noParams?: true;
  /** Set when ChartMogul deprecated the endpoint: what to use instead. */
  readonly deprecated?: string;
  /** The API's quirks for this operation, applied to the params before they are split into query and body. */
  readonly prepare?: (params: Record<string, unknown>) => Record<string, unknown>;
}

declare const types: unique symbol;

/** A row with its request and response types attached (types only; nothing at run time). */
export interface Operation<Params = unknown, Result = unknown> extends OperationSpec {
  readonly [types]?: { params: Params; result: Result };
}

/**
 * Declares a row. Curried so that the types are given explicitly while the path stays a literal type:
 * `defineOperation<CustomerCreate, Customer>()({ id: 'customers.create', method: 'POST', ... })`.
 */
export function defineOperation<Params = void, Result = unknown>() {
  return <const Spec extends OperationSpec & NoParamsFlag<Params>>(spec: Spec): Spec & Operation<Params, Result> => spec;
}

/** `noParams: true` exactly when the row's params type is `void`. */
// biome-ignore lint/suspicious/noConfusingVoidType: `void` is how a row says it takes no params.
type NoParamsFlag<Params> = [Params] extends [void] ? { readonly noParams: true } : { readonly noParams?: never };

export type ParamsOf<O> = O extends Operation<infer P, unknown> ? P : never;
export type ResultOf<O> = O extends Operation<unknown, infer R> ? R : never;
