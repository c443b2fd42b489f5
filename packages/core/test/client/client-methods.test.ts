import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { operations } from '../../src/index.js';
import { operationDocsLinks } from '../../src/operations/summaries.js';

const generator = new URL('../../scripts/generate-client-types.mjs', import.meta.url).pathname;
const generated = readFileSync(new URL('../../src/client/client-methods.ts', import.meta.url), 'utf8');
const links = operationDocsLinks as Record<string, string | { readonly section: string }>;

// The generator runs the TypeScript compiler: seconds alone, more on a busy CI machine.
it('src/client/client-methods.ts is what the operations table makes (run pnpm --filter @chartmogul-kit/core generate:types)', { timeout: 120_000 }, () => {
  expect(() => execFileSync(process.execPath, [generator, '--check'], { stdio: 'pipe' })).not.toThrow();
});

it('declares every operation once, with its summary and endpoint as JSDoc', () => {
  for (const operation of operations) {
    const name = operation.id.split('.').at(-1) as string;
    expect(generated, operation.id).toContain(`\`${operation.method} ${operation.path}\``);
    expect(generated).toMatch(new RegExp(`\\n  ${name}\\(`));
  }
  expect(generated.match(/^ {2}\w+\(.*\): (APIPromise|PagePromise)</gm)).toHaveLength(operations.length);
  expect(generated).toContain('@deprecated ChartMogul deprecated this endpoint: use customers.subscriptions.list(uuid)');
});

/** Operation id → the JSDoc above its method, read from the generated file (`cm.customers.tags` → `CustomersTagsNamespace`). */
function docsByOperation(): Map<string, string> {
  const docs = new Map<string, string>();
  const blocks = /\/\*\* `cm\.([\w.]+)` \*\/\nexport interface \w+ \{\n([\s\S]*?)\n\}/g;
  const members = /\/\*\*\n([\s\S]*?)\*\/\n {2}(\w+)\(/g;
  const top = /export interface ClientNamespaces \{\n([\s\S]*?)\n\}/.exec(generated)?.[1] ?? '';
  const scopes: Array<[string, string]> = [['', top], ...[...generated.matchAll(blocks)].map((m): [string, string] => [`${m[1]}.`, m[2] as string])];
  for (const [prefix, body] of scopes) {
    for (const member of body.matchAll(members)) docs.set(`${prefix}${member[2]}`, member[1] as string);
  }
  return docs;
}

it("links every operation's JSDoc to its own entry under https://dev.chartmogul.com/", () => {
  const docs = docsByOperation();
  expect([...docs.keys()].sort()).toEqual(operations.map((o) => o.id).sort());
  for (const operation of operations) {
    const entry = links[operation.id];
    const url = typeof entry === 'string' ? entry : entry?.section;
    expect(url, operation.id).toMatch(/^https:\/\/dev\.chartmogul\.com\/\S+$/);
    const doc = docs.get(operation.id) as string;
    expect(doc, operation.id).toContain(`\`${operation.method} ${operation.path}\` ([API reference`);
    expect(doc, operation.id).toContain(`](${url}))`);
    // A section link says so, so a reader knows the page is not about this call alone.
    expect(doc.includes('nearest page'), operation.id).toBe(typeof entry !== 'string');
  }
  // The generic reference page was the placeholder this replaced: no method may fall back to it.
  expect(generated).not.toContain('(https://dev.chartmogul.com/reference))');
});

it('the generator refuses a links file that misses an operation, names an unknown one, or points outside the docs', { timeout: 120_000 }, () => {
  const broken: Record<string, unknown> = { ...links, 'no.such.operation': 'https://dev.chartmogul.com/reference/customers' };
  delete broken.ping;
  broken['account.retrieve'] = 'https://example.com/account';
  const file = join(mkdtempSync(join(tmpdir(), 'docs-links-')), 'docs-links.json');
  writeFileSync(file, JSON.stringify(broken));
  let stderr = '';
  try {
    execFileSync(process.execPath, [generator, '--check', '--links', file], { stdio: 'pipe' });
  } catch (error) {
    stderr = String((error as { stderr: Buffer }).stderr);
  }
  expect(stderr).toContain('ping: no entry');
  expect(stderr).toContain('no.such.operation: not an operation');
  expect(stderr).toContain('account.retrieve: "https://example.com/account" is not a https://dev.chartmogul.com/ URL');
});
