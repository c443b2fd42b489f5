// Reads the operations table with the TypeScript checker: every row with its id (its position in
// `operationTree`), its spec fields, its Params and Result types, its summary and docs link. Shared by the generator of
// the client's method declarations and of the field-name lists, so that both read one table the same way.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const coreRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A program over the operations table and its summaries, with the compiler options of core's sources. */
export function loadTable() {
  const program = ts.createProgram([`${coreRoot}src/operations/index.ts`, `${coreRoot}src/operations/summaries.ts`], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const summaries = readSummaries(program);
  const tree = readTree(program, checker, summaries);
  return { program, checker, tree, rows: flatRows(tree) };
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

/** Each operation's summary and docs link (`"url"`, or `{ section: "url" }`), from summaries.ts. */
function readSummaries(program) {
  const file = `${coreRoot}src/operations/summaries.ts`;
  const summaries = declaration(program, file, 'operationSummaries');
  const links = declaration(program, file, 'operationDocsLinks');
  const link = (node) =>
    ts.isStringLiteral(node) ? node.text : Object.fromEntries(node.properties.map((p) => [p.name.getText(), p.initializer.text]));
  return {
    summary: Object.fromEntries(summaries.properties.map((p) => [p.name.text, p.initializer.text])),
    docsLink: Object.fromEntries(links.properties.map((p) => [p.name.text, link(p.initializer)])),
  };
}

export function flatRows(node) {
  return node.kind === 'row' ? [node] : node.children.flatMap(([, child]) => flatRows(child));
}

/** The tree as plain data: a namespace is { kind: 'namespace', id, children: [name, node][] }, a row is { kind: 'row', ... }. */
function readTree(program, checker, summaries) {
  return follow(declaration(program, `${coreRoot}src/operations/index.ts`, 'operationTree'), '');

  function follow(node, id) {
    if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node)) return follow(node.expression, id);
    if (ts.isCallExpression(node) && ts.isCallExpression(node.expression)) return row(node, id);
    if (ts.isObjectLiteralExpression(node)) {
      const children = node.properties.map((property) => {
        const name = property.name.getText();
        const child = ts.isShorthandPropertyAssignment(property) ? property.name : property.initializer;
        return [name, follow(child, id ? `${id}.${name}` : name)];
      });
      return { kind: 'namespace', id, children };
    }
    if (ts.isIdentifier(node)) {
      let symbol = ts.isShorthandPropertyAssignment(node.parent) ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declared = symbol?.valueDeclaration;
      if (declared && ts.isVariableDeclaration(declared) && declared.initializer) return follow(declared.initializer, id);
    }
    throw new Error(`Cannot follow operationTree at ${id}`);
  }

  function row(call, id) {
    const fields = Object.fromEntries(
      call.arguments[0].properties.map((p) => [p.name.getText(), ts.isStringLiteral(p.initializer) ? p.initializer.text : p.initializer.getText()]),
    );
    const [paramsNode, resultNode] = call.expression.typeArguments ?? [];
    if (!resultNode) throw new Error(`${id}: defineOperation needs its Params and Result types`);
    const paramsType = paramsNode ? checker.getTypeFromTypeNode(paramsNode) : undefined;
    return {
      kind: 'row',
      id,
      call,
      method: fields.method,
      path: fields.path,
      pagingItems: fields.paging ? /items:\s*'(\w+)'/.exec(fields.paging)?.[1] : undefined,
      query: fields.query,
      noParams: fields.noParams === 'true',
      deprecated: fields.deprecated,
      paramsNode,
      resultNode,
      paramsType,
      paramsRequired: paramsType ? requires(checker, paramsType) : false,
      summary: summaries.summary[id],
      docsLink: summaries.docsLink[id],
    };
  }
}

/** Whether a params type has a field the caller must give (in every member of a union). */
function requires(checker, type) {
  if (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  const members = type.isUnion() ? type.types : [type];
  return members.every((member) => checker.getPropertiesOfType(member).some((p) => !(p.flags & ts.SymbolFlags.Optional)));
}
