import type { RequestOptions } from '../config/options.js';
import type { OperationSpec, ParamsOf, ResultOf } from '../operations/operation.js';
import type { PageBody } from '../paging/page.js';
import type { PagePromise } from '../paging/page-promise.js';

/** One positional argument per `{placeholder}` of the path, in order: an id (a number where ChartMogul uses integer ids, e.g. subscription events). */
export type PathArgs<Path extends string> = Path extends `${string}{${string}}${infer Rest}`
  ? [string | number, ...PathArgs<Rest>]
  : [];

/** The params of an operation that takes none. */
export type NoParams = Record<string, never>;

type ParamArgs<P> = [P] extends [void]
  ? [options?: RequestOptions]
  : {} extends P
    ? [params?: P, options?: RequestOptions]
    : [params: P, options?: RequestOptions];

type ItemOf<Result, Key extends string> = Result extends { [K in Key]?: ReadonlyArray<infer Item> } ? Item : unknown;

type ReturnOf<O> = O extends { paging: { items: infer Key extends string } }
  ? ResultOf<O> extends PageBody
    ? PagePromise<ResultOf<O>, ItemOf<ResultOf<O>, Key>>
    : never
  : Promise<ResultOf<O>>;

/** The client method made from one row: `(...pathParams, options?)` without params, else `(...pathParams, params?, options?)`. */
export type OperationMethod<O> = O extends { path: infer Path extends string }
  ? (...args: [...PathArgs<Path>, ...ParamArgs<ParamsOf<O>>]) => ReturnOf<O>
  : never;

/** The client's shape, made from the operations tree: namespaces of methods. */
export type ClientMethods<Tree> = {
  readonly [K in keyof Tree]: Tree[K] extends OperationSpec ? OperationMethod<Tree[K]> : ClientMethods<Tree[K]>;
};
