import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { leftOut } from './left-out.js';
import { countDeclarations, renderRecordingTypes, TYPES_DIR } from './render-types.js';

// `RECORDING_TYPES=write` (the package's `recordings:types` script) writes the files; without it,
// this checks that the committed ones are what the recordings and the table render.
const files = renderRecordingTypes();
const { results, params } = countDeclarations(files);
const typeChecksLeftOut = Object.values(leftOut).filter((entry) => entry.check !== 'replay').length;

it(`the recordings' type declarations are current: ${results} 2xx bodies as results, ${params} write bodies as params (${typeChecksLeftOut} left out, listed)`, () => {
  console.log(`real API recordings typed: ${results} result bodies, ${params} write bodies; ${typeChecksLeftOut} type checks left out`);
  if (process.env.RECORDING_TYPES === 'write') {
    rmSync(TYPES_DIR, { recursive: true, force: true });
    mkdirSync(TYPES_DIR, { recursive: true });
    for (const [name, text] of files) writeFileSync(new URL(name, TYPES_DIR), text);
  }
  const committed = new Map(readdirSync(TYPES_DIR).map((name) => [name, readFileSync(new URL(name, TYPES_DIR), 'utf8')]));
  expect([...committed.keys()].sort()).toEqual([...files.keys()].sort());
  for (const [name, text] of files) expect(committed.get(name), `${name} is stale: run \`pnpm --filter @chartmogul-kit/core recordings:types\``).toBe(text);
});
