// Writes the files made from the operations table and its types, with the TypeScript checker:
// - src/client/client-methods.ts: the client's method declarations, so that hovers, signature help
//   and completions read like hand-written docs (see lib/render-methods.mjs);
// - src/operations/param-names.ts: each operation's field names, for the check of unknown params.
// The summaries and docs links live beside each other in src/operations/summaries.ts: a link is
// `"url"` for an operation's own page, `{ section: "url" }` where ChartMogul has no page for it (the
// JSDoc then says the link is to the closest section).
//   node scripts/generate-client-types.mjs                   rewrite the files
//   node scripts/generate-client-types.mjs --check           exit 1 if a file is not what the table makes
//   node scripts/generate-client-types.mjs --links <file>    read the links from a JSON file (for tests)
import { readFileSync, writeFileSync } from 'node:fs';
import { describeParams, fieldNames } from './lib/describe-params.mjs';
import { exampleCall } from './lib/examples.mjs';
import { renderParamNames } from './lib/render-param-names.mjs';
import { renderClientMethods } from './lib/render-methods.mjs';
import { coreRoot, loadTable } from './lib/table.mjs';

const { checker, tree, rows } = loadTable();
const docsLinks = readDocsLinks(rows);
const examples = {};
const names = {};
for (const row of rows) {
  const placeholders = new Set([...row.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
  const params = describeParams(checker, row.paramsType, row.paramsNode).filter((p) => !placeholders.has(p.name));
  examples[row.id] = exampleCall(row, params);
  const known = row.noParams ? undefined : fieldNames(checker, row.paramsType);
  if (known) names[row.id] = known;
}
const outputs = {
  'src/client/client-methods.ts': renderClientMethods({ checker, tree, docsLinks, examples, clientDir: `${coreRoot}src/client` }),
  'src/operations/param-names.ts': renderParamNames(names),
};

if (process.argv.includes('--check')) {
  const stale = Object.keys(outputs).filter((file) => readFileSync(`${coreRoot}${file}`, 'utf8') !== outputs[file]);
  if (stale.length > 0) {
    console.error(`${stale.join(', ')}: not what the operations table makes: run pnpm --filter @chartmogul-kit/core generate:types`);
    process.exit(1);
  }
} else {
  for (const [file, text] of Object.entries(outputs)) writeFileSync(`${coreRoot}${file}`, text);
  console.log(`client-methods.ts: ${rows.length} methods; param-names.ts: ${Object.keys(names).length} operations`);
}

/**
 * The docs link of every row, from summaries.ts (or, for tests, a JSON file of `"id": link`): the
 * script fails on a row without one, a stale entry, or a URL outside ChartMogul's docs.
 */
function readDocsLinks(rows) {
  const flag = process.argv.indexOf('--links');
  const source = flag === -1 ? 'src/operations/summaries.ts' : process.argv[flag + 1];
  const entries = flag === -1 ? Object.fromEntries(rows.map((row) => [row.id, row.docsLink])) : JSON.parse(readFileSync(source, 'utf8'));
  const ids = rows.map((row) => row.id);
  const problems = [
    ...ids.filter((id) => entries[id] === undefined).map((id) => `${id}: no entry`),
    ...Object.keys(entries)
      .filter((id) => !ids.includes(id))
      .map((id) => `${id}: not an operation`),
  ];
  const links = {};
  for (const id of ids.filter((id) => entries[id] !== undefined)) {
    const entry = entries[id];
    const section = typeof entry === 'object' && entry !== null;
    const url = section ? entry.section : entry;
    if (typeof url !== 'string' || !/^https:\/\/dev\.chartmogul\.com\/\S+$/.test(url)) problems.push(`${id}: ${JSON.stringify(entry)} is not a https://dev.chartmogul.com/ URL`);
    links[id] = { url, section };
  }
  if (problems.length > 0) {
    console.error(`${source} does not give every operation a docs link:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  return links;
}
