import type { OperationId, operationTree, ResultOf } from '@chartmogul-kit/core';
import type { Config } from './config.js';
import type { Callback } from './resource.js';

type Tree = typeof operationTree;
type At<Node, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof Node
    ? At<Node[Head], Rest>
    : never
  : Path extends keyof Node
    ? Node[Path]
    : never;

/**
 * What the API answers to an operation of the kit's table: the official call through that row
 * resolves with it, `{}` where the kit's client gives `undefined` (an empty body, as superagent read it).
 */
export type ResultOfOperation<Id extends OperationId> = Body<ResultOf<At<Tree, Id>>>;
// biome-ignore lint/suspicious/noConfusingVoidType: the kit's rows declare "no body" as void; that is what is tested for.
type Body<Result> = [Result] extends [void]
  ? Record<string, never>
  : Exclude<Result, undefined> | (undefined extends Result ? Record<string, never> : never);

/**
 * An official method whose call goes through the row `Id` of core's operations table:
 * `(config, ...pathValues, data?, callback?)`, resolving with that row's typed result (given a
 * callback, it calls `callback(error, result)` and returns `undefined`).
 */
// biome-ignore lint/suspicious/noExplicitAny: path values, data and callback, in the order each official method takes them.
export type Official<Id extends OperationId> = (config: Config, ...args: any[]) => Promise<ResultOfOperation<Id>>;

/** A callback for the result of row `Id`. */
export type OfficialCallback<Id extends OperationId> = Callback<ResultOfOperation<Id>>;

/** Types an official method by the row its calls go through; the function is unchanged. */
export function official<Id extends OperationId>(method: (config: Config, ...args: never[]) => unknown): Official<Id> {
  return method as Official<Id>;
}
