import { readFileSync } from 'node:fs';
import { operations } from '@chartmogul-kit/core';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without types
import { renderApiDocs } from '../scripts/api-docs.mjs';

const docs = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

it('docs/api.md is what the operations table renders (run `pnpm docs:api` after changing a row)', () => {
  expect(docs).toBe(renderApiDocs());
});

it('docs/api.md lists every operation with its method and an example call', () => {
  for (const row of operations) {
    expect(docs).toContain(`### \`${row.id}\``);
    expect(docs).toContain(`await cm.${row.id}(`);
    expect(docs).toContain(`\`${row.method} ${row.path}\``);
  }
});
