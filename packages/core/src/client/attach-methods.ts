import type { RequestOptions } from '../config/options.js';
import { InvalidParameterError } from '../errors/invalid-parameter-error.js';
import { isOperation, type OperationTree } from '../operations/index.js';
import type { OperationSpec } from '../operations/operation.js';
import { pathParamNames } from '../request/path.js';

/** Performs one operation with its arguments split by calling convention. */
export type Invoke = (operation: OperationSpec, pathValues: unknown[], params: unknown, options: RequestOptions) => unknown;

/**
 * Builds the namespaces of methods from the operations tree: every method has the
 * calling convention `(...pathParams, params?, options?)`, checked here once for all.
 */
export function buildMethods(tree: OperationTree, invoke: Invoke): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [name, node] of Object.entries(tree)) {
    target[name] = isOperation(node) ? methodFor(node, invoke) : Object.freeze(buildMethods(node, invoke));
  }
  return target;
}

function methodFor(operation: OperationSpec, invoke: Invoke): (...args: unknown[]) => unknown {
  // Counted at the first call, not when the client is built: building stays a walk over the table.
  let pathCount: number | undefined;
  return (...args: unknown[]) => {
    pathCount ??= pathParamNames(operation.path).length;
    if (args.length > pathCount + 2) {
      throw new InvalidParameterError(
        'arguments',
        `${operation.id} takes ${pathCount} path parameter(s), then params and options; got ${args.length} arguments.`,
      );
    }
    const options = args[pathCount + 1] ?? {};
    if (typeof options !== 'object' || options === null) {
      throw new InvalidParameterError('options', `The last argument of ${operation.id} must be an options object.`);
    }
    return invoke(operation, args.slice(0, pathCount), args[pathCount], options as RequestOptions);
  };
}
