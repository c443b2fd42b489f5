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

it('finds the six examples', () => {
  expect(examples).toHaveLength(6);
});

it.each(examples)('docs/edge.md shows %s as it is', (_, path) => {
  expect(doc).toContain(`\`\`\`ts\n${readFileSync(path, 'utf8')}\`\`\`\n`);
});
