import type { RequestOptions } from '../config/options.js';
import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import { isOperation, type OperationTree } from '../operations/index.js';
import type { OperationSpec } from '../operations/operation.js';
import { pathParamNames } from '../request/path.js';
import { checkOptions, refuseMisplacedOptions } from './call-shape.js';

/** One call, its arguments sorted: what the client sends. */
export interface Call {
  readonly operation: OperationSpec;
  readonly pathValues: readonly unknown[];
  readonly params: unknown;
  readonly options: RequestOptions;
}

/** Starts a call; `sort` throws `InvalidParameterError` for arguments that cannot be sent, and nothing is sent then. */
export type Invoke = (operation: OperationSpec, sort: () => Call) => unknown;

/**
 * Builds the namespaces of methods from the operations tree. Namespaces are plain objects, so a
 * user's test can `vi.spyOn(cm.customers, 'retrieve')`.
 */
export function buildMethods(tree: OperationTree, invoke: Invoke): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [name, node] of Object.entries(tree)) {
    target[name] = isOperation(node) ? methodFor(node, invoke) : buildMethods(node, invoke);
  }
  return target;
}

function methodFor(operation: OperationSpec, invoke: Invoke): (...args: unknown[]) => unknown {
  // Counted at the first call, not when the client is built: building stays a walk over the table.
  let pathCount: number | undefined;
  return (...args: unknown[]) =>
    invoke(operation, () => {
      pathCount ??= pathParamNames(operation.path).length;
      return sortArguments(operation, pathCount, args);
    });
}

/**
 * The calling shape: `(...pathParams, options?)` for an operation without params,
 * `(...pathParams, params?, options?)` for the others. Options are never taken for params.
 */
function sortArguments(operation: OperationSpec, pathCount: number, args: unknown[]): Call {
  const { id, noParams } = operation;
  const pathValues = args.slice(0, pathCount);
  if (args.length > pathCount + (noParams ? 1 : 2)) {
    throw new InvalidParameterError(
      'arguments',
      `${id} takes ${pathCount} path parameter(s), then ${noParams ? '' : 'params and '}options; got ${args.length} arguments.`,
    );
  }
  if (noParams) return { operation, pathValues, params: undefined, options: checkOptions(id, args[pathCount], true) };
  const params = args[pathCount];
  refuseMisplacedOptions(id, params);
  return { operation, pathValues, params, options: checkOptions(id, args[pathCount + 1], false) };
}
