// Fails the lint when core reaches for a runtime: core may use web-standard globals only.
// Runtime-specific code belongs in packages/node, packages/cloudflare or packages/deno.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../src/', import.meta.url).pathname;
const forbidden = [
  { pattern: /\bfrom\s+['"]node:|\brequire\(\s*['"]node:|\bimport\(\s*['"]node:/, what: 'a node: module' },
  { pattern: /\bfrom\s+['"](fs|path|http|https|net|os|crypto|buffer|stream|url|util|child_process)['"]/, what: 'a Node built-in' },
  { pattern: /\bprocess\s*\./, what: 'process' },
  { pattern: /\bBuffer\b/, what: 'Buffer' },
  { pattern: /\bDeno\s*\./, what: 'Deno' },
  { pattern: /\bBun\s*\./, what: 'Bun' },
];

// Blanks out comments and the contents of plain string literals, keeping line numbers, so that
// prose ("leaves the process") and symbol names ('Deno.customInspect') are not mistaken for code.
// Import specifiers keep their quotes' content: the node: rule must still see them.
function withoutCommentsAndStrings(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/\/\/.*$/gm, '')
    .replace(/(from\s*|import\(\s*|require\(\s*)?(['"])(?:\\.|(?!\2).)*\2/g, (literal, specifier) =>
      specifier ? literal : "''",
    );
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) yield path;
  }
}

const problems = [];
for (const file of files(root)) {
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  withoutCommentsAndStrings(source)
    .split('\n')
    .forEach((code, index) => {
      for (const { pattern, what } of forbidden) {
        if (pattern.test(code)) problems.push(`${relative(root, file)}:${index + 1} uses ${what}: ${lines[index].trim()}`);
      }
    });
}
if (problems.length > 0) {
  console.error(`packages/core must know no runtime (web-standard globals only):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('core is runtime-neutral: no node:, process, Buffer, Deno or Bun in packages/core/src');
