import type { OperationSpec } from './operation.js';
import { ping } from './ping.js';

/**
 * Every operation, grouped as it appears on the client: `operationTree.customers.retrieve`
 * is `client.customers.retrieve`. Each namespace lives in its own file.
 */
export const operationTree = {
  ping,
} as const;

export interface OperationTree {
  readonly [name: string]: OperationSpec | OperationTree;
}

export function isOperation(node: OperationSpec | OperationTree): node is OperationSpec {
  return typeof (node as OperationSpec).method === 'string' && typeof (node as OperationSpec).path === 'string';
}

function flatten(tree: OperationTree): OperationSpec[] {
  return Object.values(tree).flatMap((node) => (isOperation(node) ? [node] : flatten(node)));
}

/** The whole API surface as a flat, read-only list of rows, for tools and tests. */
export const operations: readonly OperationSpec[] = /* @__PURE__ */ Object.freeze(flatten(operationTree));
