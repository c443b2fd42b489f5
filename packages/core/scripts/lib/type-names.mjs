// The public names of a row's types, resolved with the checker: `CustomerCreateParams`,
// `MetricsResult<MrrEntry>`, and for a list the item type (`Customer`), each with the module that
// declares it, so the generated declarations import them by name and hovers show those names.
import { relative } from 'node:path';
import ts from 'typescript';

/** Collects the imports of the generated file: module specifier → names. */
export class TypeImports {
  #byModule = new Map();
  constructor(fromDir) {
    this.fromDir = fromDir;
  }

  add(name, fileName) {
    let specifier = relative(this.fromDir, fileName).replace(/\.ts$/, '.js');
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    const names = this.#byModule.get(specifier) ?? new Set();
    names.add(name);
    this.#byModule.set(specifier, names);
  }

  render() {
    return [...this.#byModule]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([specifier, names]) => `import type { ${[...names].sort().join(', ')} } from '${specifier}';`)
      .join('\n');
  }
}

/** The type as written in the row (`MetricsResult<MrrEntry>`), each name it uses imported from its declaring module. */
export function typeNodeText(checker, node, imports) {
  const visit = (child) => {
    if (ts.isTypeReferenceNode(child)) importSymbol(checker, checker.getSymbolAtLocation(child.typeName), child.typeName.getText(), imports);
    ts.forEachChild(child, visit);
  };
  visit(node);
  return node.getText();
}

/** The name of the items of a list row's page: `Customer` for `CustomerPage`'s `entries`. */
export function itemTypeName(checker, row, imports) {
  const page = checker.getTypeFromTypeNode(row.resultNode);
  const items = page.getProperty(row.pagingItems);
  if (!items) throw new Error(`${row.id}: its page type has no ${row.pagingItems}`);
  const array = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(items, row.resultNode));
  const element = checker.getIndexTypeOfType(array, ts.IndexKind.Number);
  const symbol = element?.aliasSymbol ?? element?.getSymbol();
  if (!element || !symbol || symbol.getName().startsWith('__')) throw new Error(`${row.id}: the items of its page have no named type`);
  importSymbol(checker, symbol, symbol.getName(), imports);
  return symbol.getName();
}

function importSymbol(checker, symbol, localName, imports) {
  let resolved = symbol;
  if (resolved && resolved.flags & ts.SymbolFlags.Alias) resolved = checker.getAliasedSymbol(resolved);
  const declaration = resolved?.declarations?.[0];
  if (!declaration) throw new Error(`Cannot resolve the type ${localName}`);
  const file = declaration.getSourceFile();
  // Built-in types (Record, Array) come from lib files and need no import.
  if (file.hasNoDefaultLib || file.fileName.includes('/node_modules/typescript/')) return;
  if (resolved.getName() !== localName) throw new Error(`${localName} is imported under another name: import it as ${resolved.getName()}`);
  imports.add(localName, file.fileName);
}
