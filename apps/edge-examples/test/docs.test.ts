// docs/edge.md shows each example file exactly as the other tests run it: no drift.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const examplesDir = fileURLToPath(new URL('../examples', import.meta.url));
const doc = readFileSync(fileURLToPath(new URL('../../../docs/edge.md', import.meta.url)), 'utf8');

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const examples = [...files(examplesDir)].map((path) => [relative(examplesDir, path), path] as const);

it("finds the six examples and the Worker's wrangler.jsonc", () => {
  expect(examples).toHaveLength(7);
});

it.each(examples)('docs/edge.md shows %s as it is', (_, path) => {
  const fence = path.endsWith('.jsonc') ? 'jsonc' : 'ts';
  expect(doc).toContain(`\`\`\`${fence}\n${readFileSync(path, 'utf8')}\`\`\`\n`);
});
