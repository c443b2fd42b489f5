import { type OperationSpec, operationTree } from '@chartmogul-kit/node';
import { isOperation, type OperationTree, pathParamNames } from '@chartmogul-kit/core/internal';
import { UsageError } from '../usage-error.js';
import { didYouMean, kebabCase } from './names.js';

export type Resolved =
  | {
      readonly kind: 'namespace';
      /** The command words, e.g. `['customers', 'tags']`; empty at the top. */
      readonly words: readonly string[];
      readonly tree: OperationTree;
    }
  | {
      readonly kind: 'operation';
      readonly words: readonly string[];
      readonly operation: OperationSpec;
      /** The words after the operation's name: its path parameters. */
      readonly pathValues: readonly string[];
    };

/** The command line's name for each child of a namespace, e.g. `retrieve-attributes`. */
export function commandNames(tree: OperationTree): Map<string, OperationSpec | OperationTree> {
  return new Map(Object.entries(tree).map(([name, node]) => [kebabCase(name), node]));
}

/**
 * Walks the operations tree along the words: `customers tags add cus_1` is the row
 * `customers.tags.add` with the path value `cus_1`. The client's own spelling
 * (`retrieveAttributes`) is accepted beside the command line's (`retrieve-attributes`).
 */
export function resolveCommand(words: readonly string[], root: OperationTree = operationTree): Resolved {
  let tree = root;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const children = commandNames(tree);
    const node = children.get(word) ?? children.get(kebabCase(word));
    if (node === undefined) {
      const where = index === 0 ? 'chartmogul' : `chartmogul ${words.slice(0, index).join(' ')}`;
      throw new UsageError(`Unknown command "${word}" in "${where}".${didYouMean(word, children.keys(), `${where} `)}`);
    }
    if (isOperation(node)) {
      return { kind: 'operation', words: words.slice(0, index + 1), operation: node, pathValues: words.slice(index + 1) };
    }
    tree = node;
  }
  return { kind: 'namespace', words, tree };
}

/** Checks the path values against the row's `{placeholders}`. */
export function checkPathValues(resolved: Extract<Resolved, { kind: 'operation' }>): void {
  const names = pathParamNames(resolved.operation.path);
  const command = `chartmogul ${resolved.words.join(' ')}`;
  if (resolved.pathValues.length < names.length) {
    const missing = names.slice(resolved.pathValues.length).map((name) => `<${name}>`);
    throw new UsageError(`${command} needs ${missing.join(' ')} (${resolved.operation.path}).`);
  }
  if (resolved.pathValues.length > names.length) {
    const extra = resolved.pathValues.slice(names.length).map((word) => `"${word}"`);
    const takes = names.length === 0 ? 'takes no path parameter' : `takes ${names.map((name) => `<${name}>`).join(' ')}`;
    throw new UsageError(`${command} ${takes}; unexpected ${extra.join(' ')}. Options are written --name value.`);
  }
}
