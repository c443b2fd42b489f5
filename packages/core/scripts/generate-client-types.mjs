// Writes src/client/client-methods.ts: the client's method declarations, made from the operations
// table so that hovers read like hand-written docs: named path parameters (`customerUuid: string`),
// the operation's summary, its endpoint with a link to its page in ChartMogul's API reference,
// `@deprecated` where ChartMogul deprecated it, and one named interface per namespace
// (`CustomersNamespace`). Types only: nothing of it reaches a bundle.
// The links live in scripts/docs-links.json, which only this script reads: `"id": "url"` for an
// operation's own page, `"id": { "section": "url" }` where ChartMogul has no page for it (the JSDoc
// then says the link is to the closest section). Every URL was seen in ChartMogul's docs or cited by
// an official library for that endpoint; an operation without an entry stops the script.
//   node scripts/generate-client-types.mjs                   rewrite the file
//   node scripts/generate-client-types.mjs --check           exit 1 if the file is not what the table makes
//   node scripts/generate-client-types.mjs --links <file>    read the links from <file> (for tests)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}src/client/client-methods.ts`;
const program = ts.createProgram([`${root}src/operations/index.ts`, `${root}src/operations/summaries.ts`], {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noEmit: true,
});
const checker = program.getTypeChecker();
const summaries = readSummaries();
const tree = readTree();
const docsLinks = readDocsLinks(tree);
const text = render(tree);

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('src/client/client-methods.ts is not what the operations table makes: run pnpm --filter @chartmogul-kit/core generate:types');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`client-methods.ts: ${countRows(tree)} methods`);
}

function declaration(file, name) {
  const source = program.getSourceFile(file);
  const found = source?.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => statement.declarationList.declarations)
    .find((d) => d.name.getText() === name);
  if (!found?.initializer) throw new Error(`No ${name} in ${file}`);
  return found.initializer;
}

function readSummaries() {
  const literal = declaration(`${root}src/operations/summaries.ts`, 'operationSummaries');
  return Object.fromEntries(literal.properties.map((p) => [p.name.text, p.initializer.text]));
}

/** The docs link of every row: the script fails on a row without one, a stale entry, or a URL outside ChartMogul's docs. */
function readDocsLinks(tree) {
  const flag = process.argv.indexOf('--links');
  const file = flag === -1 ? fileURLToPath(new URL('docs-links.json', import.meta.url)) : process.argv[flag + 1];
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  const ids = rowIds(tree);
  const problems = [
    ...ids.filter((id) => !(id in entries)).map((id) => `${id}: no entry`),
    ...Object.keys(entries)
      .filter((id) => !ids.includes(id))
      .map((id) => `${id}: not an operation`),
  ];
  const links = {};
  for (const id of ids.filter((id) => id in entries)) {
    const entry = entries[id];
    const section = typeof entry === 'object' && entry !== null;
    const url = section ? entry.section : entry;
    if (typeof url !== 'string' || !/^https:\/\/dev\.chartmogul\.com\/\S+$/.test(url)) problems.push(`${id}: ${JSON.stringify(entry)} is not a https://dev.chartmogul.com/ URL`);
    links[id] = { url, section };
  }
  if (problems.length > 0) {
    console.error(`${file} does not give every operation a docs link:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  return links;
}

function rowIds(node) {
  return node.kind === 'row' ? [node.id] : node.children.flatMap(([, child]) => rowIds(child));
}

/** The tree as plain data: a namespace is { kind: 'namespace', children }, a row is { kind: 'row', ... }. */
function readTree() {
  return follow(declaration(`${root}src/operations/index.ts`, 'operationTree'), '');

  function follow(node, id) {
    if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) return follow(node.expression, id);
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
      let symbol = ts.isShorthandPropertyAssignment(node.parent)
        ? checker.getShorthandAssignmentValueSymbol(node.parent)
        : checker.getSymbolAtLocation(node);
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
    const paramsNode = call.expression.typeArguments?.[0];
    return {
      kind: 'row',
      id,
      method: fields.method,
      path: fields.path,
      paged: fields.paging !== undefined,
      noParams: fields.noParams === 'true',
      deprecated: fields.deprecated,
      paramsRequired: paramsNode ? requires(checker.getTypeFromTypeNode(paramsNode)) : false,
      summary: summaries[id],
    };
  }
}

/** Whether a params type has a field the caller must give (in every member of a union). */
function requires(type) {
  if (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  const members = type.isUnion() ? type.types : [type];
  return members.every((member) => checker.getPropertiesOfType(member).some((p) => !(p.flags & ts.SymbolFlags.Optional)));
}

function camel(text) {
  return text.replace(/[_-](\w)/g, (_, c) => c.toUpperCase());
}
function pascal(text) {
  return camel(text).replace(/^\w/, (c) => c.toUpperCase());
}
function singular(word) {
  return word.replace(/ies$/, 'y').replace(/s$/, '');
}

function countRows(node) {
  return node.kind === 'row' ? 1 : node.children.reduce((sum, [, child]) => sum + countRows(child), 0);
}


/** `{uuid}` after `/customers` is `customerUuid`; `{into_uuid}` is `intoUuid`. */
function pathParams(path) {
  const segments = path.split('/');
  return segments.flatMap((segment, index) => {
    const placeholder = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (!placeholder) return [];
    const owner = camel(singular(segments[index - 1] ?? ''));
    const name = placeholder === 'uuid' || placeholder === 'id' ? `${owner}${pascal(placeholder)}` : camel(placeholder);
    // Subscription events are the one resource ChartMogul numbers: their ids are integers.
    const type = path.startsWith('/v1/subscription_events/') && placeholder === 'id' ? 'number' : 'string';
    return [`${name}: ${type}`];
  });
}

function interfaceName(id) {
  return `${id.split('.').map(pascal).join('')}Namespace`;
}

function render(root) {
  const interfaces = [];
  const body = members(root, interfaces);
  return `// Generated by scripts/generate-client-types.mjs from the operations table: do not edit by hand.
// Run \`pnpm --filter @chartmogul-kit/core generate:types\` after changing a row or a summary.
import type { RequestOptions } from '../config/options.js';
import type { operationTree } from '../operations/index.js';
import type { ParamsOf, ResultOf } from '../operations/operation.js';
import type { PagePromise } from '../paging/page-promise.js';
import type { APIPromise } from '../pipeline/api-promise.js';
import type { ItemsOf, PageOf } from './client-types.js';

type Table = typeof operationTree;

/** The methods and namespaces of the client, one per row of the operations table. */
export interface ClientNamespaces {
${body}
}
${interfaces.join('')}`;
}

function members(namespace, interfaces) {
  return namespace.children
    .map(([name, child]) => {
      if (child.kind === 'row') return method(name, child);
      interfaces.push(`
/** \`cm.${child.id}\` */
export interface ${interfaceName(child.id)} {
${members(child, interfaces)}
}
`);
      return `  readonly ${name}: ${interfaceName(child.id)};`;
    })
    .join('\n');
}

function method(name, row) {
  const ref = `Table${row.id
    .split('.')
    .map((part) => `['${part}']`)
    .join('')}`;
  const args = pathParams(row.path);
  if (!row.noParams) args.push(`params${row.paramsRequired ? '' : '?'}: ParamsOf<${ref}>`);
  args.push('options?: RequestOptions');
  const result = row.paged ? `PagePromise<PageOf<${ref}>, ItemsOf<${ref}>>` : `APIPromise<ResultOf<${ref}>>`;
  const { url, section } = docsLinks[row.id];
  const link = section ? `[API reference, nearest page: none found for this call](${url})` : `[API reference](${url})`;
  const doc = [`${row.summary}`, '', `\`${row.method} ${row.path}\` (${link})`];
  if (row.deprecated) doc.push(`@deprecated ChartMogul deprecated this endpoint: ${row.deprecated}.`);
  return `  /**\n${doc.map((line) => (line ? `   * ${line}` : '   *')).join('\n')}\n   */\n  ${name}(${args.join(', ')}): ${result};`;
}
