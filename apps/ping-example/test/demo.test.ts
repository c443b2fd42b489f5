// `pnpm demo` as a user runs it (after the build): the four lines, the summary, the exit code.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compatRuntimeNames, runtimeNames } from '../src/runtimes.mjs';
import { leakFormsOf, randomKey } from './support.js';

interface DemoRun {
  exitCode: number;
  lines: string[];
  output: string;
}

function demo(...args: string[]): Promise<DemoRun> {
  const env = { ...process.env };
  delete env.CHARTMOGUL_API_KEY; // a developer's real key would send the demo to the real API
  delete env.CHARTMOGUL_API_BASE;
  const script = fileURLToPath(new URL('../src/demo.mjs', import.meta.url));
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ exitCode, lines: stdout.trimEnd().split('\n'), output: stdout + stderr });
    });
  });
}

// One demo at a time: each already runs four runtimes at once.
describe('pnpm demo', () => {
  it('prints pong! for every runtime, then the summary, and exits 0', async () => {
    const run = await demo();
    expect(run.lines.slice(0, -1)).toEqual(
      [...runtimeNames, ...compatRuntimeNames].map((runtime) => `${runtime}: pong!`),
    );
    expect(run.lines.at(-1)).toMatch(
      /^all 8 runtimes answered pong! from the local ChartMogul at http:\/\/127\.0\.0\.1:\d+ /,
    );
    expect(run.exitCode).toBe(0);
  });

  it('with --api-key of another key: an AuthenticationError (401) per runtime, the official ForbiddenError (401) per compat line, exit 1, the key nowhere', async () => {
    const otherKey = randomKey('other');
    const run = await demo('--api-key', otherKey);
    expect(run.lines).toHaveLength(runtimeNames.length + compatRuntimeNames.length + 1);
    for (const [i, runtime] of runtimeNames.entries()) {
      expect(run.lines[i]).toMatch(new RegExp(`^${runtime}: AuthenticationError \\(401\\): `));
    }
    for (const [i, runtime] of compatRuntimeNames.entries()) {
      expect(run.lines[runtimeNames.length + i]).toBe(`${runtime}: ForbiddenError (401): Unauthorized`);
    }
    expect(run.lines.at(-1)).toMatch(
      /^8 of 8 runtimes did not pong \(node, bun, deno, workers, compat\/node, compat\/bun, compat\/deno, compat\/workers\)/,
    );
    expect(run.exitCode).toBe(1);
    for (const leak of leakFormsOf(otherKey)) expect(run.output).not.toContain(leak);
  });

  it('refuses an unknown option with the usage, before starting anything', async () => {
    const run = await demo('--api-kye', 'x');
    expect(run.exitCode).toBe(2);
    expect(run.output).toContain('usage: pnpm demo [--api-key KEY]');
  });
});
