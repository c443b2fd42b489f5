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

const require = createRequire(import.meta.url);
const coreRoot = dirname(require.resolve('@chartmogul-kit/core/package.json'));
const entry = join(coreRoot, 'src/operations/index.ts');
const output = new URL('../dist/operation-params.json', import.meta.url);

const configPath = join(coreRoot, 'tsconfig.json');
const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, coreRoot);
const program = ts.createProgram([entry], { ...config.options, noEmit: true });
const checker = program.getTypeChecker();

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

/** `start_date` and `start-date` are one command-line flag: `--start-date`. */
function flagOf(name) {
  return name.replace(/_/g, '-');
}

/**
 * The params of a row. A union (e.g. the metrics' two spellings of each date, or "by uuid or by
 * external id") is read member by member: a flag is required when every member requires it
 * under one of its spellings, and a property typed `never` in a member is absent from it.
 */
function describeParams(type, location) {
  if (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Never)) return [];
  const members = type.isUnion() ? type.types : [type];
  const byFlag = new Map();
  const requiredIn = new Map();
  for (const member of members) {
    const requiredHere = new Set();
    for (const symbol of checker.getPropertiesOfType(member)) {
      const propertyType = checker.getTypeOfSymbolAtLocation(symbol, location);
      const present = checker.getNonNullableType(propertyType);
      if (present.flags & ts.TypeFlags.Never) continue;
      const name = symbol.getName();
      const flag = flagOf(name);
      const optional = (symbol.flags & ts.SymbolFlags.Optional) !== 0;
      if (!optional) requiredHere.add(flag);
      const known = byFlag.get(flag);
      // The snake_case spelling is the one the CLI sends (core's quirks turn it into the wire's).
      if (!known || (name.includes('_') && !known.name.includes('_'))) {
        // `null` (clear the field) is accepted in the SDK's params; the docs say so, a flag cannot carry it.
        const nullable = (propertyType.isUnion() ? propertyType.types : [propertyType]).some((part) => part.flags & ts.TypeFlags.Null);
        byFlag.set(flag, {
          name,
          flag,
          ...describeType(present, location),
          ...(nullable ? { nullable: true } : {}),
          description: documentation(symbol) || known?.description || '',
        });
      }
    }
    for (const flag of requiredHere) requiredIn.set(flag, (requiredIn.get(flag) ?? 0) + 1);
  }
  return [...byFlag.values()].map((param) => ({ ...param, required: requiredIn.get(param.flag) === members.length }));
}

function documentation(symbol) {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
}

/**
 * How the CLI reads a flag's value: `string`, `number`, `boolean`, `string[]` / `number[]`
 * (comma-separated, or the flag repeated) or `json` (an object or a list of objects, as JSON text).
 */
function describeType(type, location) {
  const text = checker.typeToString(type, location, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope);
  const parts = type.isUnion() ? type.types : [type];
  const is = (part, flags) => (part.flags & flags) !== 0;
  const literals = parts.filter((part) => part.isStringLiteral()).map((part) => part.value);
  if (parts.every((part) => is(part, ts.TypeFlags.BooleanLike))) return { type: text, kind: 'boolean' };
  if (parts.every((part) => is(part, ts.TypeFlags.NumberLike))) return { type: text, kind: 'number' };
  if (parts.every((part) => is(part, ts.TypeFlags.StringLike))) {
    return literals.length === parts.length ? { type: text, kind: 'string', values: literals } : { type: text, kind: 'string' };
  }
  if (parts.every((part) => is(part, ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike))) return { type: text, kind: 'string' };
  const arrays = parts.filter((part) => checker.isArrayType(part));
  const scalarParts = parts.filter((part) => !checker.isArrayType(part));
  if (arrays.length > 0 && scalarParts.every((part) => is(part, ts.TypeFlags.StringLike))) {
    const element = checker.getTypeArguments(arrays[0])[0];
    const elements = element.isUnion() ? element.types : [element];
    if (elements.every((part) => is(part, ts.TypeFlags.NumberLike))) return { type: text, kind: 'number[]' };
    if (elements.every((part) => is(part, ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike))) {
      const values = elements.filter((part) => part.isStringLiteral()).map((part) => part.value);
      return values.length === elements.length ? { type: text, kind: 'string[]', values } : { type: text, kind: 'string[]' };
    }
  }
  return { type: text, kind: 'json' };
}
