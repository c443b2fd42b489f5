// Docs that cannot drift: a code block after `<!-- embed: <path> -->` in a Markdown file must be
// that file, word for word (the file is what a test runs).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const DOCS = ['README.md', 'docs/opentelemetry.md', 'docs/bulk-import.md', 'CONTRIBUTING.md'];
const EMBED = /<!-- embed: (\S+) -->\n```[a-z]*\n([\s\S]*?)```/g;

const embeds = DOCS.flatMap((doc) =>
  [...readFileSync(new URL(doc, root), 'utf8').matchAll(EMBED)].map((match) => ({
    doc,
    path: match[1] as string,
    shown: match[2] as string,
  })),
);

it('finds the embedded examples: the OpenTelemetry hooks and the README tour', () => {
  expect(embeds.map(({ doc, path }) => `${doc} <- ${path}`)).toEqual(
    expect.arrayContaining([
      'README.md <- packages/node/examples/tour.ts',
      'README.md <- packages/node/examples/opentelemetry.ts',
      'docs/opentelemetry.md <- packages/node/examples/opentelemetry.ts',
      'README.md <- packages/node/examples/bulk-import.ts',
      'docs/bulk-import.md <- packages/node/examples/bulk-import.ts',
    ]),
  );
});

it.each(embeds)('$doc shows $path as it is', ({ path, shown }) => {
  expect(shown).toBe(readFileSync(new URL(path, root), 'utf8'));
});
