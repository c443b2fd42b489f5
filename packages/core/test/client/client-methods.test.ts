import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { operations } from '../../src/index.js';

const generator = new URL('../../scripts/generate-client-types.mjs', import.meta.url).pathname;
const generated = readFileSync(new URL('../../src/client/client-methods.ts', import.meta.url), 'utf8');

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
