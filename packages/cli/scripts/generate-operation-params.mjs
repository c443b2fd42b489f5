// Writes dist/operation-params.json: the parameters of every operation row, read from core's
// sources with the TypeScript compiler. The rows carry no parameter metadata at run time (their
// Params are types only), and the CLI needs names, types, optionality and descriptions for
// `--help` and for parsing `--flag value`. Generating them at build time from the same types the
// SDK is checked against means the CLI cannot lag the SDK; test/operation-params.test.ts checks
// that every row is covered.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
// One reading of the params types for the flags, the SDK's field-name lists and the examples.
import { describeParams as describeWith } from '../../core/scripts/lib/describe-params.mjs';

const require = createRequire(import.meta.url);
const coreRoot = dirname(require.resolve('@chartmogul-kit/core/package.json'));
const entry = join(coreRoot, 'src/operations/index.ts');
const output = new URL('../dist/operation-params.json', import.meta.url);

const configPath = join(coreRoot, 'tsconfig.json');
const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, coreRoot);
const program = ts.createProgram([entry], { ...config.options, noEmit: true });
const checker = program.getTypeChecker();
const describeParams = (type, location) => describeWith(checker, type, location);

const operations = {};
/** Each row's call, with its id. */
const rows = new Map();
const index = program.getSourceFile(entry);
const tree = index?.statements
  .filter(ts.isVariableStatement)
  .flatMap((statement) => statement.declarationList.declarations)
  .find((declaration) => declaration.name.getText() === 'operationTree');
if (!tree?.initializer) throw new Error(`No operationTree in ${entry}`);
// A row's id is its position in operationTree (rows carry none in the source): walk the tree.
visit(tree.initializer, '');
// Then read the Params file by file, in the program's order, as the types are made in it
// (the order of a union's members, the values of an enum, follows it).
for (const file of program.getSourceFiles()) {
  if (!file.fileName.startsWith(join(coreRoot, 'src/operations/'))) continue;
  describeRows(file);
}

function describeRows(node) {
  const id = rows.get(node);
  if (id !== undefined) {
    const paramsNode = node.expression.typeArguments?.[0];
    // A field named like a path placeholder (the transaction import's `invoice_uuid`, which the
    // official libraries repeat in the body) is filled from the positional argument: no flag of its own.
    const placeholders = new Set([...(literalProperty(node.arguments[0], 'path') ?? '').matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
    const params = paramsNode ? describeParams(checker.getTypeFromTypeNode(paramsNode), paramsNode) : [];
    operations[id] = { params: params.filter((param) => !placeholders.has(param.name)) };
  }
  ts.forEachChild(node, describeRows);
}

const ids = Object.keys(operations).sort();
if (ids.length === 0) throw new Error(`No defineOperation rows found under ${join(coreRoot, 'src/operations')}`);
mkdirSync(new URL('.', output), { recursive: true });
writeFileSync(output, `${JSON.stringify({ operations: Object.fromEntries(ids.map((id) => [id, operations[id]])) }, null, 1)}\n`);
console.log(`operation-params.json: ${ids.length} operations`);

/** Follows a node of the tree to its rows, `defineOperation<Params, Result>()({ ... })`, and records their ids. */
function visit(node, id) {
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node)) return visit(node.expression, id);
  if (ts.isCallExpression(node) && ts.isCallExpression(node.expression) && isDefineOperation(node.expression)) {
    rows.set(node, id);
    return;
  }
  if (ts.isObjectLiteralExpression(node)) {
    for (const property of node.properties) {
      const name = property.name.getText();
      const child = ts.isShorthandPropertyAssignment(property) ? property.name : property.initializer;
      visit(child, id ? `${id}.${name}` : name);
    }
    return;
  }
  if (ts.isIdentifier(node)) {
    let symbol = ts.isShorthandPropertyAssignment(node.parent)
      ? checker.getShorthandAssignmentValueSymbol(node.parent)
      : checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return visit(declaration.initializer, id);
  }
  throw new Error(`Cannot follow operationTree at ${id} (${node.getSourceFile().fileName})`);
}

function isDefineOperation(call) {
  return ts.isIdentifier(call.expression) && call.expression.text === 'defineOperation';
}

function literalProperty(spec, name) {
  if (!spec || !ts.isObjectLiteralExpression(spec)) return undefined;
  for (const property of spec.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === name && ts.isStringLiteral(property.initializer)) {
      return property.initializer.text;
    }
  }
  return undefined;
}
