// Writes src/official-api.ts: the declarations of every official method, so that a hover reads
// `Customer.create(config: Config, data: CustomerCreateParams, callback?): Promise<Customer>`.
// Made from README.md's migration table (itself made from the code and checked by
// test/migration-table.test.ts: each official call, its arguments, the row of core's table it
// goes through) and, for each row, the params and result types, summary and docs link core's
// generator uses. Types only: nothing of it reaches a bundle.
//   node scripts/generate-official-types.mjs           rewrite the file
//   node scripts/generate-official-types.mjs --check   exit 1 if the file is not what the table makes
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTable } from '../../core/scripts/lib/table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}src/official-api.ts`;
// Core's table as core's own generator reads it (one reader of the table): each row's path, the
// source text of its params and result types, its summary and its docs link.
const rows = Object.fromEntries(
  loadTable().rows.map((row) => [
    row.id,
    {
      path: row.path,
      params: row.paramsNode?.getText() ?? 'void',
      result: row.resultNode.getText(),
      summary: row.summary,
      docsLink: row.docsLink,
    },
  ]),
);
const calls = readMigrationTable();
// In the repository's format (biome formats this package), so that a check after `pnpm format` still passes.
const text = execFileSync(`${root}../../node_modules/.bin/biome`, ['format', `--stdin-file-path=${target}`], {
  cwd: root,
  input: render(calls),
  encoding: 'utf8',
});

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(
      'src/official-api.ts is not what the migration table makes: run pnpm --filter @chartmogul-kit/compat generate:types',
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`official-api.ts: ${calls.length} signatures`);
}

/** `[{ owner: 'Metrics.Customer', method, args, deprecated, http, id }]`, `id` undefined where the call goes through request(). */
function readMigrationTable() {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const table = readme.slice(
    readme.indexOf('<!-- migration-table:start -->'),
    readme.indexOf('<!-- migration-table:end -->'),
  );
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [label, http, kit] = [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      const call = /^([\w.]+)\.(\w+)\((.*?)\)( \(deprecated\))?$/.exec(label);
      if (!call) throw new Error(`Cannot read ${label}`);
      const id = kit.startsWith('cm.request(') ? undefined : /^cm\.([\w.]+)\(/.exec(kit)?.[1];
      if (id && !rows[id]) throw new Error(`${label}: ${id} is not a row of core's table`);
      return { owner: call[1], method: call[2], args: splitArgs(call[3]), deprecated: !!call[4], http, id };
    });
}

function splitArgs(text) {
  const args = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) args.push(current.trim());
  return args;
}

function isPathArg(arg) {
  return /^(\w*Uuid|\w*Id|id)$/.test(arg);
}

/** The result as official calls resolve: `{}` where the kit's client gives `undefined` (an empty body). */
function resultType(id) {
  if (!id) return 'ApiResult';
  const result = rows[id].result;
  return result === 'void' || result === 'EmptyResult' ? 'Record<string, never>' : result;
}

function signature(call, used) {
  const row = call.id && rows[call.id];
  const placeholders = row ? (row.path.match(/\{\w+\}/g) ?? []).length : 0;
  const pathArgs = call.args.filter(isPathArg);
  const params = ['config: Config'];
  const docs = ['@param config The `Config` holding the API key.'];
  for (const arg of call.args.slice(1)) {
    if (isPathArg(arg)) {
      const type = call.owner === 'SubscriptionEvent' ? 'string | number' : 'string';
      params.push(`${arg}: ${type}`);
      docs.push(`@param ${arg} The ${arg.replace(/([A-Z])/g, ' $1').toLowerCase()} in the path.`);
    } else if (arg === 'subscriptions') {
      params.push('subscriptions: { uuid: string }[]');
      docs.push('@param subscriptions The subscriptions, each by its `uuid`.');
    } else {
      const optional = arg.endsWith('?');
      const name = arg.startsWith('params') ? 'params' : call.http.startsWith('GET ') ? 'query' : 'data';
      let type = !row || row.params === 'void' ? 'Record<string, unknown>' : row.params;
      if (arg.includes('qs')) type = `WithQueryString<${type}>`;
      else if (row && pathArgs.length > placeholders) type = `ForCustomer<${type}>`;
      for (const name of type.match(/\b[A-Z]\w+/g) ?? []) used.add(name);
      params.push(`${name}${optional ? '?' : ''}: ${type}`);
      docs.push(
        `@param ${name} ${name === 'query' ? 'The query' : 'The fields'}${arg.startsWith('{') ? `, \`${arg}\`` : ''}.`,
      );
    }
  }
  const result = resultType(call.id);
  for (const name of result.match(/\b[A-Z]\w+/g) ?? []) used.add(name);
  params.push(`callback?: Callback<${result}>`);
  docs.push('@param callback Node-style `(error, body)`: given one, the method calls it and returns `undefined`.');
  const summary = call.id
    ? rows[call.id].summary
    : 'No row of the kit has this endpoint: it goes through `cm.request()`.';
  const link = call.id && rows[call.id].docsLink;
  const url = typeof link === 'object' ? link.section : link;
  const lines = [summary, '', `\`${call.http}\`${url ? ` ([API reference](${url}))` : ''}`, '', ...docs];
  const example = `ChartMogul.${call.owner}.${call.method}(${call.args.map((arg) => arg.replace(/\?$/, '')).join(', ')})`;
  lines.push('@example', '```js', `const result = await ${example};`, '```');
  if (call.deprecated) lines.push('@deprecated chartmogul-node deprecated it; it warns when called.');
  const doc = lines.map((line) => (line ? `   * ${line}` : '   *')).join('\n');
  return `  /**\n${doc}\n   */\n  ${call.method}(${params.join(', ')}): Promise<${result}>;`;
}

function interfaceName(owner) {
  return `${owner.replace('.', '')}Resource`;
}

function render(calls) {
  const used = new Set();
  const owners = new Map();
  for (const call of calls) {
    if (!owners.has(call.owner)) owners.set(call.owner, []);
    owners.get(call.owner).push(signature(call, used));
  }
  const nested = [...owners.keys()].filter((owner) => owner.includes('.'));
  const interfaces = [...owners].map(([owner, members]) => {
    const children = nested
      .filter((child) => child.startsWith(`${owner}.`))
      .map(
        (child) =>
          `  /** \`ChartMogul.${child}\` */\n  readonly ${child.slice(owner.length + 1)}: ${interfaceName(child)};`,
      );
    return `/** \`ChartMogul.${owner}\`: the official methods, typed by the kit's operations table. */\nexport interface ${interfaceName(owner)} {\n${[...members, ...children].join('\n')}\n}\n`;
  });
  const local = new Set(['Record', 'Promise', 'ApiResult', 'Callback', 'Config', 'WithQueryString', 'ForCustomer']);
  const core = [...used].filter((name) => !local.has(name)).sort();
  return `// Generated by scripts/generate-official-types.mjs from README.md's migration table and core's
// operations table: do not edit by hand. Run \`pnpm --filter @chartmogul-kit/compat generate:types\`.
import type {
${core.map((name) => `  ${name},`).join('\n')}
} from '@chartmogul-kit/core';
import type { Config } from './config.js';
import type { WithQueryString, ForCustomer } from './official-shapes.js';
import type { ApiResult, Callback } from './resource.js';

${interfaces.join('\n')}`;
}
