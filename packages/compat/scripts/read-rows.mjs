// The rows of core's operations table as this package's generator needs them: each operation id
// with its path and the source text of its params and result types (`CustomerCreateParams`,
// `Customer`) and its summary, read with the TypeScript compiler from core's sources, as core's own generator does.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const core = fileURLToPath(new URL('../../core/', import.meta.url));

/** `{ id: { path, params, result, summary } }` for every row of `operationTree`. */
export function readRows() {
  const program = ts.createProgram([`${core}src/operations/index.ts`, `${core}src/operations/summaries.ts`], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const rows = {};
  follow(declaration(program, `${core}src/operations/index.ts`, 'operationTree'), '');
  const summaries = declaration(program, `${core}src/operations/summaries.ts`, 'operationSummaries');
  for (const property of summaries.properties) rows[property.name.text].summary = property.initializer.text;
  return rows;

  function follow(node, id) {
    if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) return follow(node.expression, id);
    if (ts.isCallExpression(node) && ts.isCallExpression(node.expression)) {
      const fields = Object.fromEntries(
        node.arguments[0].properties.map((p) => [
          p.name.getText(),
          ts.isStringLiteral(p.initializer) ? p.initializer.text : p.initializer.getText(),
        ]),
      );
      const [params, result] = node.expression.typeArguments?.map((t) => t.getText()) ?? [];
      rows[id] = { path: fields.path, params: params ?? 'void', result: result ?? 'unknown' };
      return;
    }
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        const name = property.name.getText();
        const child = ts.isShorthandPropertyAssignment(property) ? property.name : property.initializer;
        follow(child, id ? `${id}.${name}` : name);
      }
      return;
    }
    if (ts.isIdentifier(node)) {
      let symbol = ts.isShorthandPropertyAssignment(node.parent)
        ? checker.getShorthandAssignmentValueSymbol(node.parent)
        : checker.getSymbolAtLocation(node);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declared = symbol?.valueDeclaration;
      if (declared && ts.isVariableDeclaration(declared) && declared.initializer)
        return follow(declared.initializer, id);
    }
    throw new Error(`Cannot follow operationTree at ${id}`);
  }
}

function declaration(program, file, name) {
  const found = program
    .getSourceFile(file)
    ?.statements.filter(ts.isVariableStatement)
    .flatMap((statement) => statement.declarationList.declarations)
    .find((d) => d.name.getText() === name);
  if (!found?.initializer) throw new Error(`No ${name} in ${file}`);
  return found.initializer;
}
